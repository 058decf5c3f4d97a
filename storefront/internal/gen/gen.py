import json, re, sys, copy
import os
HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.normpath(os.path.join(HERE, '..', '..'))
SPEC = os.environ.get('STOREFRONT_SPEC', os.path.join(PKG, '..', '..', 'shared', 'spec', 'storefront.json'))
sys.path.insert(0, HERE)
from map import M, SERVICES
spec = json.load(open(SPEC))
EPS = [e for e in spec['endpoints'] if not e['id'].startswith('unidentified.')]
# The sign_up_password flow: with generate_password_for_user_automatically the
# password may be left out, so it is not required before sending.
for e in EPS:
    if e['id'] == 'customers.sign_up':
        for p in e['body']:
            if p['name'] == 'password': p['required'] = False
assert len(EPS) == 86
OUT = sys.argv[1] if len(sys.argv) > 1 else PKG

INIT = {'id':'ID','url':'URL','uuid':'UUID','sku':'SKU','html':'HTML','seo':'SEO','ip':'IP','crm':'CRM',
        'utm':'UTM','utms':'UTMs','ids':'IDs','hd':'HD','gclid':'GCLID','cv':'CV','href':'Href'}
def words(s):
    s = re.sub(r'([a-z])([A-Z])', r'\1_\2', s)
    return [w for w in re.split(r'[_\-\s\.\[\]<>{}]+', s) if w]
def goname(s):
    out = ''
    for w in words(s):
        lw = w.lower()
        out += INIT.get(lw, lw[:1].upper() + lw[1:])
    if out and out[0].isdigit(): out = 'N' + out
    return out

MODELS = {m['name']: m for m in spec['models']}
# inferred additions (documented in the type docs)
MODELS['Order']['fields'].insert(0, {'name':'id','type':'integer','nullable':False,'desc':'inferred'})
MODELS['Checkout']['fields'] = [{'name':'token','type':'string','nullable':False,'desc':'inferred'}]
RENAME = {'Page':'Envelope'}
def mname(n): return RENAME.get(n, n)
MONEY = {'price','compare_at_price','original_price','discounted_price','line_price','original_line_price','total_discount',
         'total_price','original_total_price','amount','transaction_amount','returned_amount','total','total_discounts',
         'minimum_purchase_value','value'}
UNIX = {'created_at','updated_at','published_at','answered_at'}
TIMES = {'created_at','updated_at','published_at','active_time','end_time'}
LISTOBJ = {('Cart','items'),('Variant','specifications'),('Category','collections')}

def ftype(model, f):
    n, t = f['name'], f['type']
    if f.get('model'):
        mm = mname(f['model'])
        if t == 'array' or (model, n) in LISTOBJ: return '[]' + mm
        return '*' + mm
    if t == 'integer':
        if n == 'id' or n.endswith('_id'): return 'int64'
        if n in MONEY: return 'Decimal'
        if n in UNIX: return 'UnixTime'
        return 'int64'
    if t == 'number': return 'Decimal'
    if t == 'boolean': return 'bool'
    if t == 'string':
        if n in TIMES: return 'Time'
        if n == 'birthday': return 'Date'
        if model == 'ProductOffer' and n in ('quantity','amount'): return 'Decimal'
        if n == 'auth_key': return 'Secret'
        return 'string'
    if t == 'array' and f.get('items') == 'integer': return '[]int64'
    return 'json.RawMessage'

def wrap(text, prefix='// ', width=92):
    # Public docs speak of the API documentation, not of the seed it came from.
    text = (text.replace('not in the seed', 'not in the API documentation')
            .replace('seed typo ', "the API documentation's type is the typo ")
            .replace("Seed '", "the API documentation shows '"))
    out, line = [], ''
    for w in text.split():
        if len(line) + len(w) + 1 > width and line:
            out.append(prefix + line); line = w
        else:
            line = (line + ' ' + w).strip()
    if line: out.append(prefix + line)
    return '\n'.join(out)

# ---------------- models ----------------
mo = ['// Code generated from the API catalogue by the storefront generator; edit with care.', '', 'package storefront', '',
      'import (', '\t"encoding/json"', '', '\t"github.com/ecomkit/ecomkit-go/internal/flex"', ')', '']
for m in spec['models']:
    name = mname(m['name'])
    if name == 'EmptyObject': continue
    desc = m.get('desc') or ''
    doc = f"{name} is {desc[0].lower() + desc[1:] if desc else 'a model of the API documentation.'}"
    doc = doc.replace('seed', 'API documentation')
    if name == 'Order': doc += ' The API documentation shows only the expandable parts of an order; ID is inferred, every other member is kept in Extra.'
    if name == 'Checkout': doc += ' The API documentation shows no checkout body: Token (the checkout_token) is inferred from the flow and every member is kept in Extra; use CheckoutToken to read it.'
    mo.append(wrap(doc))
    mo.append(f'type {name} struct {{')
    for f in m['fields']:
        gt = ftype(m['name'], f)
        fd = (f.get('desc') or '').strip()
        if gt == 'Decimal' and f['name'] in MONEY and f['type'] == 'integer': fd = (fd + ' (an integer amount in cents, as the API sends it)').strip()
        if gt == 'UnixTime': fd = (fd + ' (unix seconds)').strip()
        if fd: mo.append(wrap(f"{goname(f['name'])}: {fd}", '\t// '))
        mo.append(f"\t{goname(f['name'])} {gt} `json:\"{f['name']}\"`")
    mo.append('\t// Extra holds the members the API documentation does not list, as received.')
    mo.append('\tExtra Extra `json:"-"`')
    mo.append('}')
    mo.append('')
    mo.append(f'// UnmarshalJSON decodes tolerantly, keeping undeclared members in Extra.')
    mo.append(f'func (v *{name}) UnmarshalJSON(b []byte) error {{')
    mo.append(f'\ttype plain {name}')
    mo.append(f'\treturn flex.DecodeWithExtra(b, (*plain)(v), &v.Extra)')
    mo.append('}')
    mo.append('')
mo.append('var _ json.RawMessage')
open(f'{OUT}/models_gen.go', 'w').write('\n'.join(mo) + '\n')

# ---------------- params ----------------
TOKENS = {'cart_uuid':'CartUUID','checkout_token':'CheckoutToken','password_reset_token':'PasswordResetToken'}
CRED = {'password','current_password','confirm_password','payment_token'}
INT64 = {'product_ids','ids','except_ids'}
GROUPS = {'shipping_address':'Address','billing_address':'Address','questions':'CareerQuestions','data':'CRMLeadData'}
group_fields = {}  # type -> ordered {name: param}

def pinfo(e, p, loc):
    """returns dict: go field name, go type, tag, kind"""
    n, t = p['name'], p['type']
    wire = p.get('wire_name') or n
    req = p['required']
    d = dict(name=n, wire=wire, req=req, loc=loc, t=t, desc=p.get('desc',''))
    if e['id'] in ('customers.facebook_login','customers.google_login') and n == 'token': d['cred'] = True
    if e['id'] == 'customers.login_by_uuid' and n == 'uuid' or e['id'] == 'orders.get_by_uuid' and n == 'uuid':
        d['gt'] = 'CustomerUUID'
    return d

def field_go(e, d, in_query):
    n, t, wire, req = d['name'], d['t'], d['wire'], d['req']
    key = wire
    gn = goname(n)
    opt = not req
    if n in ('page',): return gn, 'int', f'url:"page,omitempty"', 'int'
    if n in ('offset','per-page','limit') and t == 'integer':
        return 'Limit', 'int', f'url:"{n},omitempty"', 'int'
    if t == 'file': return gn, '*File', '', 'file'
    if t == 'file[]': return gn, '[]File', '', 'files'
    if t == 'object':
        if '<option name>' in wire: return gn, 'OptionFilters', f'url:"{n},omitempty"', 'map'
        if '{option_key}' in wire: return gn, 'Filters', f'url:"{n},omitempty"', 'map'
        return gn, 'FormMap', f'url:"{n},omitempty"', 'map'
    if t == 'array':
        k = wire if wire.endswith('[]') else wire + '[]'
        d['wire'] = k
        if n in INT64: return gn, '[]int64', f'url:"{k},omitempty"', 'slice'
        return gn, '[]string', f'url:"{k},omitempty"', 'slice'
    if t == 'boolean':
        return gn, ('bool' if req else '*bool'), f'url:"{key}{"" if req else ",omitempty"},int"', 'bool'
    if t == 'integer' or t == 'number':
        base = 'int64' if (n.endswith('_id') or n == 'id' or n in ('amount','price','date_from','date_to')) else 'int'
        if t == 'number': base = 'float64'
        if n == 'scenario': base = 'ContactScenario'
        if base == 'Decimal':
            return gn, ('Decimal' if req else '*Decimal'), f'url:"{key},omitempty"', 'dec'
        if req or in_query: return gn, base, f'url:"{key}{"" if req else ",omitempty"}"', 'int'
        return gn, '*' + base, f'url:"{key},omitempty"', 'int'
    # string
    base = d.get('gt') or TOKENS.get(n) or ('Credential' if (n in CRED or d.get('cred')) else 'string')
    if n == 'reCaptcha': base = 'RecaptchaToken'
    if req or in_query or base != 'string':
        return gn, base, f'url:"{key}{"" if req else ",omitempty"}"', 'str'
    return gn, '*string', f'url:"{key},omitempty"', 'str'

params_code = []
validators = {}
generated_params = {}
def gen_params(e, tname):
    fields = [pinfo(e, p, 'query') for p in e['query']] + [pinfo(e, p, 'body') for p in e['body']]
    in_query = bool(e['query'])
    lines, vals, groups = [], [], {}
    seen = set()
    out_fields = []
    for d in fields:
        if '.' in d['name']:
            g, sub = d['name'].split('.', 1)
            gt = GROUPS[g]
            groups.setdefault(g, (gt, []))[1].append(dict(d, name=sub))
            gf = group_fields.setdefault(gt, {})
            gf.setdefault(sub, dict(d, name=sub))
            continue
        gn, gt, tag, kind = field_go(e, d, in_query)
        d.update(gn=gn, gt=gt, tag=tag, kind=kind)
        out_fields.append(d)
    for g, (gt, subs) in groups.items():
        d = dict(name=g, wire=g, req=any(s['req'] for s in subs), gn=goname(g), gt='*' + gt, tag=f'url:"{g},omitempty"', kind='group', subs=subs, desc=f'{g} (sent as {g}[...]).')
        out_fields.append(d)
    return out_fields

def desc_of(d):
    s = (d.get('desc') or '').strip().rstrip('.')
    req = 'Required.' if d['req'] else 'Optional.'
    return f"{s}. {req}" if s else req

for e in EPS:
    svc, meth, tname, alln = M[e['id']]
    if not tname: continue
    fs = gen_params(e, tname)
    if tname in generated_params:
        generated_params[tname][1].append(e['id']); continue
    generated_params[tname] = (fs, [e['id']])
# shared params types must agree
par = ['// Code generated from the API catalogue by the storefront generator; edit with care.', '', 'package storefront', '',
       'import (', '\t"github.com/ecomkit/ecomkit-go/internal/check"', '\t"github.com/ecomkit/ecomkit-go/internal/transport"', ')', '']
for tname, (fs, ids) in generated_params.items():
    users = ', '.join(M[i][0] + '.' + M[i][1] for i in ids)
    par.append(f'// {tname} holds the parameters of {users}. Required ones are checked before sending.')
    par.append(f'type {tname} struct {{')
    for d in fs:
        par.append(wrap(f"{d['gn']}: {desc_of(d)} Sent as {d['wire']}." if d['kind'] not in ('group',) else f"{d['gn']} is sent as {d['wire']}[...]. {'Required.' if d['req'] else 'Optional.'}", '\t// '))
        tag = d['tag']
        if d['kind'] in ('file', 'files'):
            par.append(f"\t{d['gn']} {d['gt']} `url:\"-\" form:\"{d['wire']}\"`")
        else:
            par.append(f"\t{d['gn']} {d['gt']} `{tag}`")
    par.append('}')
    par.append('')
    # validate
    par.append(f'func (p *{tname}) validate() error {{')
    for d in fs:
        w, gn, k = d['wire'], d['gn'], d['kind']
        if not d['req']:
            if k == 'str' and 'email' in d['name'] and d['gt'] == '*string':
                par.append(f'\tif p.{gn} != nil {{ if err := check.Email("{w}", *p.{gn}); err != nil {{ return err }} }}')
            if k == 'int' and d['gt'] == 'int':
                par.append(f'\tif p.{gn} < 0 {{ return transport.Invalid("{w}", "must not be negative, got %d", p.{gn}) }}')
            if k == 'group':
                pass
            continue
        if k == 'str':
            if 'email' in d['name']:
                par.append(f'\tif err := check.Email("{w}", string(p.{gn})); err != nil {{ return err }}')
            else:
                par.append(f'\tif err := check.Required("{w}", string(p.{gn})); err != nil {{ return err }}')
        elif k == 'int':
            if d['gt'] == 'int64' and (d['name'].endswith('_id') or d['name'] == 'id'):
                par.append(f'\tif err := check.ID("{w}", p.{gn}); err != nil {{ return err }}')
            elif d['name'] == 'scenario':
                par.append(f'\tif p.{gn} != ScenarioDefault && p.{gn} != ScenarioEcommerce {{ return transport.Invalid("scenario", "must be one of 1, 2, got %d", p.{gn}) }}')
            elif d['name'] in ('quantity', 'page', 'limit', 'per-page', 'offset'):
                par.append(f'\tif p.{gn} < 1 {{ return transport.Invalid("{w}", "must be at least 1, got %d", p.{gn}) }}')
            elif d['name'] in ('date_from','date_to','amount','price'):
                par.append(f'\tif p.{gn} <= 0 {{ return transport.Invalid("{w}", "is required") }}')
        elif k == 'slice':
            par.append(f'\tif len(p.{gn}) == 0 {{ return transport.Invalid("{w}", "is required") }}')
            if d['gt'] == '[]int64':
                par.append(f'\tif err := check.IDs("{w}", p.{gn}); err != nil {{ return err }}')
        elif k == 'files':
            par.append(f'\tif len(p.{gn}) == 0 {{ return transport.Invalid("{w}", "is required") }}')
        elif k == 'file':
            par.append(f'\tif p.{gn} == nil {{ return transport.Invalid("{w}", "is required") }}')
        elif k == 'group':
            par.append(f'\tif p.{gn} == nil {{ return transport.Invalid("{w}", "is required") }}')
            for s in d['subs']:
                if s['req']:
                    sg = goname(s['name'])
                    chk = 'Email' if 'email' in s['name'] else 'Required'
                    par.append(f'\tif err := check.{chk}("{w}[{s["name"]}]", p.{gn}.{sg}); err != nil {{ return err }}')
    par.append('\treturn nil')
    par.append('}')
    par.append('')
for gt, subs in group_fields.items():
    par.append(f'// {gt} is a nested form group, sent as name[member]=value.')
    par.append(f'type {gt} struct {{')
    for s in subs.values():
        par.append(f"\t// {goname(s['name'])}: {(s.get('desc') or '').strip()}")
        par.append(f"\t{goname(s['name'])} string `url:\"{s['name']},omitempty\"`")
    par.append('}')
    par.append('')
open(f'{OUT}/params_gen.go', 'w').write('\n'.join(par) + '\n')
json.dump({t: [dict((k, v) for k, v in d.items() if k != 'subs') | ({'subs': [s['name'] for s in d['subs']]} if 'subs' in d else {}) for d in fs] for t, (fs, ids) in generated_params.items()}, open(os.path.join(__import__('tempfile').gettempdir(), 'storefront-gen-params.json'), 'w'), indent=1)

# ---------------- routes ----------------
ro = ['// Code generated from the API catalogue by the storefront generator; edit with care.', '', 'package storefront', '',
      'import "github.com/ecomkit/ecomkit-go/internal/routes"', '',
      '// defaultRoutes is the route table: every endpoint\'s method and path. The',
      '// API documentation lost all paths but four (marked "documented"); the',
      '// others are inferred from Yii2 REST conventions and may be replaced at run',
      '// time with WithRoutes or LoadRoutes.', 'var defaultRoutes = routes.New(map[string]routes.Route{']
DOCUMENTED = {p for p in []}
for e in EPS:
    src = ' // documented' if e['path_source'] == 'seed' else ''
    ro.append(f'\t"{e["id"]}": {{Method: "{e["method"]}", Path: "{e["path"]}"}},{src}')
ro.append('})')
open(f'{OUT}/routes_gen.go', 'w').write('\n'.join(ro) + '\n')
rj = {e['id']: e['method'] + ' ' + e['path'] for e in EPS}
open(f'{OUT}/routes.json', 'w').write(json.dumps(rj, indent=2, sort_keys=True) + '\n')

# ---------------- endpoints ----------------
AUTH = {'public':'authPublic','customer':'authCustomer','optional_customer':'authOptional','unknown':'authOptional'}
SETS = {'customers.login','customers.sign_up','customers.login_by_uuid','customers.login_by_reset_token','customers.facebook_login','customers.google_login','customers.reset_password'}
def pathargs(e):
    out = []
    for p in e['path_params']:
        n = p['name']
        if n in ('id','order_id','post_id','category_id'): out.append((goname(n) if n!='id' else 'id', 'int64', n))
        elif n == 'uuid': out.append(('uuid', 'SubscriptionUUID', n))
        elif n == 'checkout_token': out.append(('token', 'CheckoutToken', n))
        else: out.append((n, 'string', n))
    return out

def lcfirst(s): return s[:1].lower() + s[1:]
svc_methods = {}
en = ['// Code generated from the API catalogue by the storefront generator; edit with care.', '', 'package storefront', '',
      'import (', '\t"context"', '\t"iter"', ')', '']
for e in EPS:
    svc, meth, tname, alln = M[e['id']]
    pa = pathargs(e)
    kind = e['response_kind']
    model = mname(e['response_model']) if e['response_model'] else None
    if model == 'EmptyObject': model = 'Object'
    rt = {'object': f'*{model}', 'list': f'[]{model}', 'envelope': f'*Page[{model}]', 'empty': None}[kind]
    args = ''.join(f', {a} {t}' for a, t, _ in pa)
    if tname: args += f', p *{tname}'
    inferred = 'inferred' if e['path_source'] != 'seed' else 'documented'
    summ = e['summary'].rstrip('.')
    summ = summ[0].lower() + summ[1:]
    doc = f"{meth} {summ}: {e['method']} {e['path']} (route \"{e['id']}\", {inferred}; replace it with WithRoutes or LoadRoutes)."
    a = e['auth']
    if a == 'customer': doc += ' It needs the customer session (log in first, or WithCustomerToken / AsCustomer); without one it is refused before sending.'
    elif a == 'optional_customer': doc += ' It works for guests and sends the customer session when there is one.'
    elif a == 'unknown': doc += ' The API documentation does not say who may call it; the customer session is sent when there is one.'
    if e['id'] in SETS: doc += ' On success the client (or this customer view) keeps the returned auth_key as its session.'
    if e['id'] == 'customers.logout': doc += ' On success the session is cleared; NeedCreateCheckout says a new checkout must be created.'
    if kind == 'empty': doc += ' The API answers 204 with no body.'
    if model == 'Object': doc += ' The API documentation shows only an empty object as the answer, so it is returned as an Object of raw members.'
    if e['id'] == 'careers.submit_step': doc += ' The API documentation shows 204 with an application body; an empty answer gives a zero CareerApplication.'
    if e['id'] in ('orders.unidentified_l835', 'orders.unidentified_l839'): doc += ' The API documentation kept only the status line and the order id of this endpoint: its purpose is unknown, the name says where it was found.'
    if e['content_type'] == 'multipart/form-data': doc += ' The form is sent as multipart/form-data; each File is read into memory once, when the request is built (so a retry resends it), and refused before sending above MaxUploadBytes.'
    if e['notes']:
        pass
    ep = f'endpoint{{name: "{e["id"]}", auth: {AUTH[a]}, multipart: {str(e["content_type"]=="multipart/form-data").lower()}, query: {str(bool(e["query"])).lower()}}}'
    if kind == 'empty':
        sig = f'func (s *{svc}Service) {meth}(ctx context.Context{args}) error'
    else:
        sig = f'func (s *{svc}Service) {meth}(ctx context.Context{args}) ({rt}, error)'
    en.append(wrap(doc))
    en.append(sig + ' {')
    argv = ', '.join(f'pathID({a}, "{w}")' if t == 'int64' else (f'pathArg{{v: string({a}), secret: true}}' if t == 'CheckoutToken' else f'pathArg{{v: string({a})}}') for a, t, w in pa)
    argl = f'[]pathArg{{{argv}}}' if pa else 'nil'
    pv = 'p' if tname else 'nil'
    preq = 'true' if tname and any(x['req'] for x in generated_params[tname][0]) else 'false'
    call = f'(*service)(s), ctx, {ep}, {argl}, {pv}, {preq}'
    if kind == 'empty':
        en.append(f'\treturn callNone({call})')
    elif kind == 'object':
        if e['id'] in SETS:
            en.append(f'\tout, err := callObject[{model}]({call})')
            en.append('\tif err != nil {\n\t\treturn nil, err\n\t}')
            en.append('\tif out.AuthKey != "" {\n\t\t(*service)(s).session.set(out.AuthKey)\n\t}')
            en.append('\treturn out, nil')
        elif e['id'] == 'customers.logout':
            en.append(f'\tout, err := callObject[{model}]({call})')
            en.append('\tif err != nil {\n\t\treturn nil, err\n\t}')
            en.append('\t(*service)(s).session.clear()')
            en.append('\treturn out, nil')
        elif e['id'] == 'careers.submit_step':
            en.append(f'\treturn callObjectOrEmpty[{model}]({call})')
        else:
            en.append(f'\treturn callObject[{model}]({call})')
    elif kind == 'list':
        en.append(f'\treturn callList[{model}]({call})')
    else:
        en.append(f'\treturn callPage[{model}]({call})')
    en.append('}')
    en.append('')
    svc_methods.setdefault(svc, []).append((sig, meth))
    if alln:
        fs = generated_params[tname][0]
        has_limit = any(x['gn'] == 'Limit' for x in fs)
        en.append(wrap(f"{alln} walks every page of {meth}, from p.Page (or the first) on, following the _meta the API sends; it stops at the first error and on break. p may be nil."))
        asig = f'func (s *{svc}Service) {alln}(ctx context.Context{"".join(f", {a} {t}" for a, t, _ in pa)}, p *{tname}) iter.Seq2[{model}, error]'
        en.append(asig + ' {')
        en.append(f'\tvar o {tname}\n\tif p != nil {{\n\t\to = *p\n\t}}')
        en.append(f'\treturn iterate(ctx, o.Page, {"o.Limit" if has_limit else "0"}, func(ctx context.Context, page, size int) (*Page[{model}], error) {{')
        en.append(f'\t\tq := o\n\t\tq.Page = page')
        if has_limit: en.append('\t\tif size > 0 {\n\t\t\tq.Limit = size\n\t\t}')
        en.append(f'\t\treturn s.{meth}(ctx{"".join(", " + a for a, _, _ in pa)}, &q)')
        en.append('\t})')
        en.append('}')
        en.append('')
        svc_methods[svc].append((asig, alln))
# services & interfaces
for svc, ms in svc_methods.items():
    en.append(f'// {svc}Service {SERVICES[svc]}. Get it from Client.{svc}; it is safe for concurrent use.')
    en.append(f'type {svc}Service service')
    en.append('')
    en.append(f'// {svc}API is the interface {svc}Service satisfies, for mocks.')
    en.append(f'type {svc}API interface {{')
    for sig, meth in ms:
        s2 = re.sub(r'^func \(s \*\w+\) ', '', sig)
        en.append(f'\t{s2}')
    en.append('}')
    en.append('')
    en.append(f'var _ {svc}API = (*{svc}Service)(nil)')
    en.append('')
open(f'{OUT}/endpoints_gen.go', 'w').write('\n'.join(en) + '\n')

# service wiring snippet
wi = []
for svc in svc_methods:
    wi.append((svc, SERVICES[svc]))
json.dump(wi, open(os.path.join(__import__('tempfile').gettempdir(), 'storefront-gen-services.json'), 'w'))
