package insalestest

import (
	"encoding/base64"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// setupCatalog registers categories, collections, collects and images.
func (s *Server) setupCatalog() {
	s.routeCRUD(s.res["categories"], "/admin/categories", false)
	s.res["categories"].build = buildCategory
	s.routeCRUD(s.res["collections"], "/admin/collections", false)
	s.res["collections"].build = buildCollection
	collects := s.res["collects"]
	collects.build, collects.filter = buildCollect, collectFilter
	s.routeCRUD(collects, "/admin/collects", false)
	images := s.res["images"]
	images.build, images.answerCreate = buildImage, processingImage
	s.routeCRUD(images, "/admin/products/{product_id}/images", false)
}

func required(errs map[string][]string, in object, old object, key string) {
	v, ok := in[key]
	if (old == nil && !ok) || (ok && strings.TrimSpace(fakeapi.Text(v)) == "") {
		errs[key] = append(errs[key], "не может быть пустым")
	}
}

func copyKeys(out, in object, keys ...string) {
	for _, k := range keys {
		if v, ok := in[k]; ok {
			out[k] = v
		}
	}
}

func buildCategory(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	required(errs, in, old, "title")
	copyKeys(out, in, "title", "position")
	if old == nil {
		pid := fakeapi.Text(in["parent_id"])
		if pid == "" {
			root, ok := s.res["categories"].store.Find(func(o object) bool { return o["parent_id"] == nil })
			if ok {
				pid = fakeapi.Text(root["id"])
			}
		}
		if _, ok := s.res["categories"].store.Get(pid); !ok && pid != "" {
			errs["parent_id"] = append(errs["parent_id"], "Категория удалена или отсутствует.")
		}
		out["parent_id"] = jsonID(pid)
		if _, ok := out["position"]; !ok {
			out["position"] = jsonNumber("1")
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

func buildCollection(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	required(errs, in, old, "title")
	copyKeys(out, in, "title", "position", "sort_type", "description", "html_title", "seo_description",
		"meta_description", "meta_keywords", "is_hidden", "permalink", "recursive")
	if v, ok := in["sort_type"]; ok {
		if n, err := strconv.Atoi(fakeapi.Text(v)); err != nil || n < 1 || n > 11 {
			errs["sort_type"] = append(errs["sort_type"], "имеет непредусмотренное значение")
		}
	}
	if old == nil {
		pid := fakeapi.Text(in["parent_id"])
		if _, ok := s.res["collections"].store.Get(pid); !ok {
			errs["parent_id"] = append(errs["parent_id"], "не может быть пустым")
		}
		out["parent_id"] = jsonID(pid)
		if img, ok := in["image_attributes"].(map[string]any); ok {
			out["image"] = map[string]any{"created_at": s.timestamp(), "id": s.nextSubID(), "original_url": "/images/no_image_original.jpg", "src": img["original_url"]}
		}
		defaults := object{"is_hidden": false, "position": jsonNumber("1"), "recursive": nil, "sort_type": jsonNumber("7"),
			"description": nil, "html_title": nil, "meta_description": nil, "meta_keywords": nil, "seo_description": nil}
		for k, v := range defaults {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	if p, ok := out["permalink"]; ok || old == nil {
		link := fakeapi.Text(p)
		if link == "" {
			link = permalink(fakeapi.Text(out["title"]))
		}
		out["permalink"], out["url"] = link, "/collection/"+link
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

func collectFilter(q url.Values) func(o object) bool {
	pid, cid := q.Get("product_id"), q.Get("collection_id")
	return func(o object) bool {
		return (pid == "" || fakeapi.Text(o["product_id"]) == pid) && (cid == "" || fakeapi.Text(o["collection_id"]) == cid)
	}
}

func buildCollect(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	copyKeys(out, in, "position")
	if v, ok := in["collection_id"]; ok || old == nil {
		if _, found := s.res["collections"].store.Get(fakeapi.Text(v)); !found {
			errs["collection_id"] = append(errs["collection_id"], "не может быть пустым")
		}
		out["collection_id"] = v
	}
	pid := fakeapi.Text(in["product_id"])
	if old != nil {
		pid = fakeapi.Text(old["product_id"])
	} else {
		if _, found := s.res["products"].store.Get(pid); !found {
			errs["product_id"] = append(errs["product_id"], "не может быть пустым")
		}
		out["product_id"] = in["product_id"]
	}
	if cid, ok := out["collection_id"]; ok && len(errs) == 0 {
		st := s.res["collects"].store
		if _, dup := st.Find(func(c object) bool {
			return fakeapi.Text(c["product_id"]) == pid && fakeapi.Text(c["collection_id"]) == fakeapi.Text(cid) &&
				(old == nil || fakeapi.Text(c["id"]) != fakeapi.Text(old["id"]))
		}); dup {
			errs["product_id"] = append(errs["product_id"], "уже есть в этой категории")
		}
		if _, ok := out["position"]; !ok {
			n := len(st.List(func(c object) bool { return fakeapi.Text(c["collection_id"]) == fakeapi.Text(cid) }))
			out["position"] = jsonNumber(itoa(int64(n + 1)))
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

func buildImage(s *Server, old, in object) (object, map[string][]string) {
	errs := map[string][]string{}
	out := object{}
	copyKeys(out, in, "title", "position")
	if old == nil {
		src, att := fakeapi.Text(in["src"]), fakeapi.Text(in["attachment"])
		name := fakeapi.Text(in["filename"])
		switch {
		case src != "":
			u, err := url.Parse(src)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				errs["src"] = append(errs["src"], "Недопустимый URL")
			} else if name == "" {
				name = path.Base(u.Path)
			}
		case att != "":
			if _, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(att, "\n", "")); err != nil {
				errs["attachment"] = append(errs["attachment"], "is not base64")
			}
			if name == "" {
				name = "image"
			}
		default:
			errs["image"] = append(errs["image"], "не может быть пустым")
		}
		pid := fakeapi.Text(in["product_id"])
		n := len(s.res["images"].store.List(func(o object) bool { return fakeapi.Text(o["product_id"]) == pid }))
		if _, ok := out["position"]; !ok {
			out["position"] = jsonNumber(itoa(int64(n + 1)))
		}
		if _, ok := out["title"]; !ok {
			out["title"] = nil
		}
		out["filename"] = name
		// Stored as processed; the create answer shows it processing.
		out["image_processing"] = false
		for _, size := range []string{"", "original", "medium", "small", "thumb", "compact", "large"} {
			key := "url"
			if size != "" {
				key = size + "_url"
			}
			dir := size
			if dir == "" {
				dir = "original"
			}
			out[key] = "/r/" + dir + "/" + name
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// processingImage is the create answer: InSales processes images
// asynchronously, so the URLs are placeholders for now.
func processingImage(o object) object {
	o = fakeapi.Clone(o)
	o["image_processing"] = true
	for _, k := range []string{"url", "original_url", "medium_url", "small_url", "thumb_url", "compact_url", "large_url"} {
		o[k] = "/images/loading.gif"
	}
	return o
}
