import re, json, sys
src = open('/tmp/conf/suite.cc').read()
calls = ['RunValidJsonTest', 'ExpectParseFailureForJson', 'RunValidJsonIgnoreUnknownTest', 'RunValidJsonTestWithValidator']
def parse_literal(s, i):
    # returns (value, new_i) for a C++ string literal at s[i] (R"delim(...)delim" or "...")
    if s.startswith('R"', i):
        j = s.index('(', i)
        delim = s[i+2:j]
        end = s.index(')' + delim + '"', j)
        return s[j+1:end], end + len(delim) + 2
    assert s[i] == '"'
    i += 1; out = []
    while s[i] != '"':
        c = s[i]
        if c == '\\':
            n = s[i+1]
            if n in 'nrt"\\\'':
                out.append({'n': '\n', 'r': '\r', 't': '\t', '"': '"', '\\': '\\', "'": "'"}[n]); i += 2
            elif n == 'x':
                m = re.match(r'[0-9a-fA-F]+', s[i+2:]); out.append(chr(int(m.group(0), 16))); i += 2 + len(m.group(0))
            elif n in '01234567':
                m = re.match(r'[0-7]{1,3}', s[i+1:]); out.append(chr(int(m.group(0), 8))); i += 1 + len(m.group(0))
            elif n == 'u':
                out.append(chr(int(s[i+2:i+6], 16))); i += 6
            else:
                raise ValueError('escape ' + n)
        else:
            out.append(c); i += 1
    return ''.join(out), i + 1
def skip_ws(s, i):
    while True:
        while i < len(s) and s[i] in ' \t\r\n': i += 1
        if s.startswith('//', i): i = s.index('\n', i)
        else: return i
def parse_arg(s, i):
    """A sequence of adjacent literals -> ('lit', text); otherwise ('expr', raw)."""
    i = skip_ws(s, i)
    if s.startswith('R"', i) or s[i] == '"':
        parts = []
        while s.startswith('R"', i) or (i < len(s) and s[i] == '"'):
            v, i = parse_literal(s, i); parts.append(v); i = skip_ws(s, i)
        if s[i] in ',)':
            return ('lit', ''.join(parts)), i
    # an expression: scan to the next top-level , or )
    depth = 0; start = i
    while True:
        c = s[i]
        if s.startswith('R"', i) or c == '"':
            _, i = parse_literal(s, i); continue
        if c in '([{': depth += 1
        elif c in ')]}':
            if depth == 0: break
            depth -= 1
        elif c == ',' and depth == 0: break
        i += 1
    return ('expr', s[start:i].strip()), i
cases = []; skipped = []
for m in re.finditer(r'\b(' + '|'.join(calls) + r')\(', src):
    line = src.count('\n', 0, m.start()) + 1
    # skip the definitions
    if re.search(r'::\s*$', src[max(0, m.start()-80):m.start()]) or src[m.start()-1] == ':': continue
    i = m.end(); args = []
    try:
        while True:
            a, i = parse_arg(src, i); args.append(a); i = skip_ws(src, i)
            if src[i] == ')': break
            i += 1
    except Exception as e:
        skipped.append((line, m.group(1), 'unparsed: ' + str(e))); continue
    kind = m.group(1)
    if len(args) < 3 or args[0][0] != 'lit' or args[2][0] != 'lit':
        skipped.append((line, kind, 'built at run time: ' + (args[0][1] if args else '')[:60])); continue
    cases.append({'name': args[0][1], 'level': args[1][1], 'kind': {'RunValidJsonTest': 'valid', 'RunValidJsonIgnoreUnknownTest': 'valid-ignore-unknown', 'RunValidJsonTestWithValidator': 'valid', 'ExpectParseFailureForJson': 'invalid'}[kind], 'json': args[2][1], 'line': line})
print(len(cases), 'cases;', len(skipped), 'skipped', file=sys.stderr)
for s_ in skipped[:80]: print(s_, file=sys.stderr)
json.dump(cases, open('/tmp/conf/cases.json', 'w'), indent=1, ensure_ascii=False)
