#!/usr/bin/env python3
"""The proxy's rules (deploy/proxy-rules.json) for deploy/nginx/render.

    rules.py defaults RULES              NAME=value lines: the default limits
    rules.py fill RULES [--stock-5xx]    the template on stdin, with every @@…@@ that comes
                                         from the rules filled in, on stdout

Every value is checked before it goes into the configuration: nothing from the file can end
a string or a directive.
"""

import json
import re
import sys

# nginx's own codes for early errors, and the status of the rules each one answers with.
# 494: a header line larger than its buffer (nginx would say 400); 497: plain HTTP to the
# https port; 501: a Transfer-Encoding nginx does not know ("gzip, chunked"), a malformed
# request rather than a missing feature of the proxy.
NGINX_ALIASES = {494: 431, 497: 400, 501: 400}
# Answered with nginx's own HTML page when render runs with PROXY_STOCK_5XX=1 (fault drills).
STOCK_5XX = {502, 503, 504}


def die(message):
    sys.stderr.write(f"render: {RULES_PATH}: {message}\n")
    sys.exit(1)


def safe(what, value, pattern):
    if not isinstance(value, str) or not re.fullmatch(pattern, value):
        die(f"{what} is not valid: {value!r}")
    return value


def number(what, value):
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        die(f"{what} must be a positive integer: {value!r}")
    return value


HEADER = r"[A-Za-z][A-Za-z0-9-]*"
# Inside nginx's single-quoted strings: no quote, backslash, $ (variables) or braces.
TEXT = r"[A-Za-z0-9 .,:;!?()/_-]+"


def operation_regex(path, id_pattern):
    parts = re.split(r"(\{[A-Za-z]+\})", path)
    return "".join(id_pattern if p.startswith("{") else re.escape(p).replace("\\/", "/").replace("\\-", "-") for p in parts)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        die(f"cannot read: {e}")


def defaults(rules):
    rate = rules.get("rateLimit", {})
    return {
        "RATE": f"{number('rateLimit.perSecond', rate.get('perSecond'))}r/s",
        "BURST": str(number("rateLimit.burst", rate.get("burst"))),
        "RETRY_AFTER": str(number("rateLimit.retryAfterSeconds", rate.get("retryAfterSeconds"))),
        "MAX_BODY": str(number("maxBodyBytes", rules.get("maxBodyBytes"))),
        "CONNECT_TIMEOUT": f"{number('connectTimeoutSeconds', rules.get('connectTimeoutSeconds'))}s",
        "READ_TIMEOUT": f"{number('upstreamTimeoutSeconds', rules.get('upstreamTimeoutSeconds'))}s",
    }


def fragments(rules, stock_5xx):
    id_pattern = safe("idPattern", rules.get("idPattern"), r"[0-9a-z\[\]{},-]+")
    operations = rules.get("operations")
    if not isinstance(operations, list) or not operations:
        die("operations must be a non-empty list")
    method_of = []
    methods = []
    for op in operations:
        method = safe("operation method", op.get("method"), r"GET|POST")
        path = safe("operation path", op.get("path"), r"/v1/trial-offers/[a-z0-9/{}A-Z-]+")
        safe("operationId", op.get("operationId"), r"[A-Za-z0-9]+")
        regex = f"~^{operation_regex(path, id_pattern)}$"
        method_of.append(f'        "{regex}" {method};')
        if method not in methods:
            methods.append(method)

    cors = rules.get("cors", {})
    allow_methods = ", ".join(safe("cors.allowMethods", m, r"[A-Z]+") for m in cors.get("allowMethods", []))
    allow_headers = ", ".join(safe("cors.allowHeaders", h, HEADER) for h in cors.get("allowHeaders", []))
    expose_headers = ", ".join(safe("cors.exposeHeaders", h, HEADER) for h in cors.get("exposeHeaders", []))

    answer_headers = []
    for name, value in rules.get("answerHeaders", {}).items():
        safe("answerHeaders name", name, HEADER)
        safe(f"answerHeaders {name}", value, r"[A-Za-z0-9 ,=;-]+")
        answer_headers.append(f'        add_header {name} "{value}" always;')

    forward = []
    for name in rules.get("forwardRequestHeaders", []):
        safe("forwardRequestHeaders", name, HEADER)
        forward.append(f"            proxy_set_header {name} $http_{name.lower().replace('-', '_')};")

    errors = rules.get("errors", {})
    pages, locations = [], []
    for status, error in sorted(errors.items()):
        code = int(safe("errors status", status, r"[45][0-9][0-9]"))
        body = json.dumps({
            "errorMessage": safe(f"errors {status} errorMessage", error.get("errorMessage"), TEXT),
            "errorCode": safe(f"errors {status} errorCode", error.get("errorCode"), r"[A-Z_]+"),
            "traceId": "TRACE",
        }, separators=(",", ":")).replace("TRACE", "$request_id")
        locations.append(
            f"        location = /__errors/{code} {{\n"
            f"            internal;\n"
            f"            return {code} '{body}\\n';\n"
            f"        }}"
        )
        if stock_5xx and code in STOCK_5XX:
            pages.append(f"        # PROXY_STOCK_5XX=1: nginx's own HTML page for {code} (fault drills).")
        else:
            pages.append(f"        error_page {code} /__errors/{code};")
    for nginx_code, status in sorted(NGINX_ALIASES.items()):
        if str(status) not in errors:
            die(f"errors has no {status} (nginx answers its {nginx_code} with it)")
        pages.append(f"        error_page {nginx_code} ={status} /__errors/{status};")

    return {
        "OPERATIONS": "\n".join(method_of),
        "METHODS_ALLOWED": "\n".join(f'        "{m} {m}" yes;' for m in methods),
        "ALLOW_HEADER": "\n".join(f'        "405 {m}" "{m}, OPTIONS";' for m in methods),
        "CORS_ALLOW_METHODS": allow_methods,
        "CORS_ALLOW_HEADERS": allow_headers,
        "CORS_EXPOSE_HEADERS": expose_headers,
        "CORS_MAX_AGE": str(number("cors.maxAgeSeconds", cors.get("maxAgeSeconds"))),
        "ANSWER_HEADERS": "\n".join(answer_headers),
        "FORWARD_REQUEST_HEADERS": "\n".join(forward),
        "HEADER_BUFFER": str(max(number("maxUriBytes", rules.get("maxUriBytes")), number("maxHeaderBytes", rules.get("maxHeaderBytes")))),
        "ERROR_PAGES": "\n".join(pages),
        "ERROR_LOCATIONS": "\n".join(locations),
    }


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("defaults", "fill"):
        sys.stderr.write(__doc__)
        sys.exit(2)
    RULES_PATH = sys.argv[2]
    rules = load(RULES_PATH)
    if sys.argv[1] == "defaults":
        for name, value in defaults(rules).items():
            print(f"{name}={value}")
    else:
        template = sys.stdin.read()
        for name, value in fragments(rules, "--stock-5xx" in sys.argv[3:]).items():
            template = template.replace(f"@@{name}@@", value)
        sys.stdout.write(template)
