package sitebuildertest

import (
	"net/http"

	"github.com/ecomkit/ecomkit-go/internal/fakeapi"
)

// routesPublicDocs serves the operations public copies of the vendor's
// docs list beyond the API documentation: deletes, and reads of member
// groups and subscriber lists. A delete answers {"success": true}, as the
// public client of the API reads it for webhooks.
func (s *Server) routesPublicDocs(h func(string, http.HandlerFunc)) {
	h("DELETE /contacts/{id}", s.deleteFrom(s.contacts))
	h("DELETE /members/{id}", s.deleteFrom(s.members))
	h("DELETE /products/{id}", s.deleteFrom(s.products))
	h("GET /member-groups", s.bare(s.groups))
	h("GET /member-groups/{id}", s.get(s.groups))
	h("DELETE /member-groups/{id}", s.deleteFrom(s.groups))
	h("GET /subscriber-lists", s.bare(s.lists))
	h("GET /subscriber-lists/{id}", s.get(s.lists))
	h("DELETE /subscriber-lists/{id}", s.deleteFrom(s.lists))
	h("DELETE /webhooks/{id}", s.deleteFrom(s.webhooks))
}

// bare answers a whole collection as a JSON array.
func (s *Server) bare(c *fakeapi.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		items := c.List(nil)
		for _, o := range items {
			public(o)
		}
		fakeapi.WriteJSON(w, http.StatusOK, items)
	}
}

// deleteFrom removes the object named by the path's id.
func (s *Server) deleteFrom(c *fakeapi.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !c.Delete(r.PathValue("id")) {
			writeError(w, http.StatusNotFound, "Resource not found")
			return
		}
		fakeapi.WriteJSON(w, http.StatusOK, map[string]any{"success": true})
	}
}
