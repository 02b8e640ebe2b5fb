//! WHATWG URL parsing with the `url` crate (the same standard as Node's ada); the
//! URL class itself is host/js/internal/url_whatwg.js.

use engine_api::{Args, JsError, OpDecl, OpResult, OpState, Value};
use url::Url;

inventory::submit!(OpDecl::sync("urlParse", op_url_parse));
inventory::submit!(OpDecl::sync("urlSet", op_url_set));
inventory::submit!(OpDecl::sync("domainToAscii", op_domain_to_ascii));
inventory::submit!(OpDecl::sync("domainToUnicode", op_domain_to_unicode));

fn invalid_url(input: &str, base: Option<&str>) -> JsError {
    let mut e = JsError::type_error("Invalid URL").with_code("ERR_INVALID_URL").with_prop("input", input);
    if let Some(b) = base {
        e = e.with_prop("base", b);
    }
    e
}

/// The URL's parts as the URL class stores them.
fn parts(u: &Url) -> Value {
    let port = u.port().map(|p| p.to_string()).unwrap_or_default();
    let search = match u.query() {
        Some(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    };
    let hash = match u.fragment() {
        Some(f) if !f.is_empty() => format!("#{f}"),
        _ => String::new(),
    };
    let host = match (u.host_str(), u.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        _ => String::new(),
    };
    Value::object([
        ("href", Value::from(u.as_str())),
        ("origin", Value::from(u.origin().ascii_serialization())),
        ("protocol", Value::from(format!("{}:", u.scheme()))),
        ("username", Value::from(u.username())),
        ("password", Value::from(u.password().unwrap_or(""))),
        ("host", Value::from(host)),
        ("hostname", Value::from(u.host_str().unwrap_or(""))),
        ("port", Value::from(port)),
        ("pathname", Value::from(u.path())),
        ("search", Value::from(search)),
        ("hash", Value::from(hash)),
    ])
}

/// `urlParse(input, base?)`: the parts, or ERR_INVALID_URL.
fn op_url_parse(_: &mut OpState, mut args: Args) -> OpResult {
    let input = args.string(0, "input")?;
    let base = args.optional_string(1, "base")?;
    let parsed = match &base {
        Some(b) => Url::parse(b).and_then(|b| b.join(&input)),
        None => Url::parse(&input),
    };
    parsed.map(|u| parts(&u)).map_err(|_| invalid_url(&input, base.as_deref()))
}

/// `urlSet(href, part, value)`: the parts after a setter, which the standard makes
/// ignore invalid values rather than throw.
fn op_url_set(_: &mut OpState, mut args: Args) -> OpResult {
    let href = args.string(0, "href")?;
    let part = args.string(1, "part")?;
    let value = args.string(2, "value")?;
    let mut u = Url::parse(&href).map_err(|_| invalid_url(&href, None))?;
    match part.as_str() {
        "href" => u = Url::parse(&value).map_err(|_| invalid_url(&value, None))?,
        "protocol" => {
            let scheme = value.split(':').next().unwrap_or("");
            let _ = u.set_scheme(scheme);
        }
        "username" => {
            let _ = u.set_username(&value);
        }
        "password" => {
            let _ = u.set_password(if value.is_empty() { None } else { Some(&value) });
        }
        "host" => {
            // host[:port]; an IPv6 host keeps its brackets.
            let (host, port) = match value.rfind(':') {
                Some(i) if !value[i..].contains(']') => (&value[..i], Some(&value[i + 1..])),
                _ => (value.as_str(), None),
            };
            if !u.cannot_be_a_base() && !host.is_empty() && u.set_host(Some(host)).is_ok() {
                if let Some(p) = port.and_then(|p| p.parse::<u16>().ok()) {
                    let _ = u.set_port(Some(p));
                }
            }
        }
        "hostname" => {
            if !u.cannot_be_a_base() {
                let host = value.split(':').next().unwrap_or("");
                let _ = u.set_host(Some(host));
            }
        }
        "port" => {
            if value.is_empty() {
                let _ = u.set_port(None);
            } else {
                let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
                if let Ok(p) = digits.parse::<u16>() {
                    let _ = u.set_port(Some(p));
                }
            }
        }
        "pathname" => {
            if !u.cannot_be_a_base() {
                u.set_path(&value);
            }
        }
        "search" => u.set_query(match value.strip_prefix('?').unwrap_or(&value) {
            "" => None,
            q => Some(q),
        }),
        "hash" => u.set_fragment(match value.strip_prefix('#').unwrap_or(&value) {
            "" => None,
            f => Some(f),
        }),
        other => return Err(JsError::type_error(format!("unknown URL part {other}"))),
    }
    Ok(parts(&u))
}

fn op_domain_to_ascii(_: &mut OpState, mut args: Args) -> OpResult {
    let domain = args.string(0, "domain")?;
    Ok(Value::String(url::Host::parse(&domain).map(|h| h.to_string()).unwrap_or_default()))
}

fn op_domain_to_unicode(_: &mut OpState, mut args: Args) -> OpResult {
    let domain = args.string(0, "domain")?;
    let (unicode, result) = idna::domain_to_unicode(&domain);
    Ok(Value::String(if result.is_ok() { unicode } else { String::new() }))
}
