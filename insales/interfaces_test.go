package insales_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every XxxAPI interface lists every exported method of XxxService, so a
// mock of the interface can stand in for the whole service.
func TestEveryInterfaceListsEveryMethod(t *testing.T) {
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	ifaces := map[string]map[string]bool{}  // XxxAPI -> methods
	methods := map[string]map[string]bool{} // XxxService -> exported methods
	for _, f := range pkgs["insales"].Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					ts, ok := s.(*ast.TypeSpec)
					if !ok || !strings.HasSuffix(ts.Name.Name, "API") {
						continue
					}
					it, ok := ts.Type.(*ast.InterfaceType)
					if !ok {
						continue
					}
					m := map[string]bool{}
					for _, f := range it.Methods.List {
						for _, n := range f.Names {
							m[n.Name] = true
						}
					}
					ifaces[ts.Name.Name] = m
				}
			case *ast.FuncDecl:
				if d.Recv == nil || !d.Name.IsExported() || d.Name.Name == "String" || d.Name.Name == "Format" {
					continue
				}
				star, ok := d.Recv.List[0].Type.(*ast.StarExpr)
				if !ok {
					continue
				}
				id, ok := star.X.(*ast.Ident)
				if !ok || !strings.HasSuffix(id.Name, "Service") {
					continue
				}
				if methods[id.Name] == nil {
					methods[id.Name] = map[string]bool{}
				}
				methods[id.Name][d.Name.Name] = true
			}
		}
	}
	assert.NotEmpty(t, methods)
	for svc, ms := range methods {
		api := strings.TrimSuffix(svc, "Service") + "API"
		iface, ok := ifaces[api]
		if !assert.True(t, ok, "%s has no %s interface", svc, api) {
			continue
		}
		var missing []string
		for m := range ms {
			if !iface[m] {
				missing = append(missing, m)
			}
		}
		sort.Strings(missing)
		assert.Empty(t, missing, "%s lacks methods of %s", api, svc)
	}
}
