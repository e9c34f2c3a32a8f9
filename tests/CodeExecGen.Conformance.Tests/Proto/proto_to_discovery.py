#!/usr/bin/env python3
"""Writes test_messages_proto3.proto as a Discovery document, with the mapping Google's Discovery
documents use for proto3 (int64 as string/int64, bytes as string/byte, well-known types as their
JSON forms, wrappers as their scalar, maps as additionalProperties). Run from this folder:
    python3 proto_to_discovery.py > test_messages_proto3.discovery.json
Only what this one file uses is handled; anything else stops the script."""
import json, re, sys

SCALARS = {
    'int32': {'type': 'integer', 'format': 'int32'}, 'sint32': {'type': 'integer', 'format': 'int32'},
    'sfixed32': {'type': 'integer', 'format': 'int32'}, 'uint32': {'type': 'integer', 'format': 'uint32'},
    'fixed32': {'type': 'integer', 'format': 'uint32'}, 'int64': {'type': 'string', 'format': 'int64'},
    'sint64': {'type': 'string', 'format': 'int64'}, 'sfixed64': {'type': 'string', 'format': 'int64'},
    'uint64': {'type': 'string', 'format': 'uint64'}, 'fixed64': {'type': 'string', 'format': 'uint64'},
    'float': {'type': 'number', 'format': 'float'}, 'double': {'type': 'number', 'format': 'double'},
    'bool': {'type': 'boolean'}, 'string': {'type': 'string'}, 'bytes': {'type': 'string', 'format': 'byte'},
}
WELL_KNOWN = {
    'google.protobuf.Timestamp': {'type': 'string', 'format': 'google-datetime'},
    'google.protobuf.Duration': {'type': 'string', 'format': 'google-duration'},
    'google.protobuf.FieldMask': {'type': 'string', 'format': 'google-fieldmask'},
    'google.protobuf.Struct': {'type': 'object', 'additionalProperties': {'type': 'any'}},
    'google.protobuf.Any': {'type': 'object', 'additionalProperties': {'type': 'any'}},
    'google.protobuf.Value': {'type': 'any'},
    'google.protobuf.ListValue': {'type': 'array', 'items': {'type': 'any'}},
    'google.protobuf.Empty': {'$ref': 'Empty'},
    'google.protobuf.NullValue': {'type': 'string', 'enum': ['NULL_VALUE']},
    'google.protobuf.BoolValue': SCALARS['bool'], 'google.protobuf.Int32Value': SCALARS['int32'],
    'google.protobuf.Int64Value': SCALARS['int64'], 'google.protobuf.UInt32Value': SCALARS['uint32'],
    'google.protobuf.UInt64Value': SCALARS['uint64'], 'google.protobuf.FloatValue': SCALARS['float'],
    'google.protobuf.DoubleValue': SCALARS['double'], 'google.protobuf.StringValue': SCALARS['string'],
    'google.protobuf.BytesValue': SCALARS['bytes'],
}

def json_name(name):
    """protobuf's default json_name: underscores dropped, the letter after one upper-cased."""
    out, upper = [], False
    for c in name:
        if c == '_':
            upper = True
        else:
            out.append(c.upper() if upper else c)
            upper = False
    return ''.join(out)

text = re.sub(r'//[^\n]*', '', open('test_messages_proto3.proto').read())
enums, messages = {}, {}

def parse_block(body, prefix):
    fields = []
    pos = 0
    while True:
        m = re.search(r'\b(message|enum|oneof)\s+(\w+)\s*\{', body[pos:])
        if not m:
            break
        start = pos + m.start()
        depth, i = 0, pos + m.end() - 1
        while True:
            if body[i] == '{': depth += 1
            elif body[i] == '}':
                depth -= 1
                if depth == 0: break
            i += 1
        inner = body[pos + m.end():i]
        kind, name = m.group(1), m.group(2)
        if kind == 'enum':
            enums[name] = [v for v in re.findall(r'(\w+)\s*=\s*-?\d+\s*;', inner)]
        elif kind == 'message':
            messages[name] = parse_block(inner, name)
        else:
            fields.extend(parse_fields(inner))
        body = body[:start] + body[i + 1:]
        pos = start
    return fields + parse_fields(body)

def parse_fields(body):
    found = []
    for m in re.finditer(r'(repeated\s+)?(map<\s*\w+\s*,\s*([\w.]+)\s*>|[\w.]+)\s+(\w+)\s*=\s*\d+\s*(\[[^\]]*\])?\s*;', body):
        if m.group(2) in ('option', 'reserved'):
            continue
        found.append((bool(m.group(1)), m.group(2), m.group(3), m.group(4)))
    return found

top = parse_block(text, '')

def type_of(proto_type):
    if proto_type in SCALARS: return dict(SCALARS[proto_type])
    if proto_type in WELL_KNOWN: return dict(WELL_KNOWN[proto_type])
    if proto_type in enums: return {'type': 'string', 'enum': enums[proto_type]}
    if proto_type in messages: return {'$ref': proto_type}
    sys.exit('unmapped type ' + proto_type)

schemas = {'Empty': {'id': 'Empty', 'type': 'object', 'properties': {}}}
for name, fields in messages.items():
    properties = {}
    for repeated, proto_type, map_value, field in fields:
        if map_value:
            schema = {'type': 'object', 'additionalProperties': type_of(map_value)}
        elif repeated:
            schema = {'type': 'array', 'items': type_of(proto_type)}
        else:
            schema = type_of(proto_type)
        schema['description'] = 'proto field ' + field
        properties[json_name(field)] = schema
    schemas[name] = {'id': name, 'type': 'object', 'properties': properties}

document = {
    'kind': 'discovery#restDescription', 'discoveryVersion': 'v1', 'id': 'conformance:v1',
    'name': 'conformance', 'version': 'v1', 'revision': '20260821',
    'description': 'protobuf_test_messages.proto3 from protocolbuffers/protobuf, written as a Discovery document by proto_to_discovery.py.',
    'schemas': schemas,
}
json.dump(document, sys.stdout, indent=2)
print()
