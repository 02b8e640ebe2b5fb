//! `file:` URLs <-> paths, as Node's `url.pathToFileURL` / `fileURLToPath` give them
//! for POSIX paths.

use std::path::{Path, PathBuf};

/// Bytes a file URL's path keeps as they are (WHATWG path percent-encode set
/// complement, plus `%`, `\`, newline, CR and tab, which Node escapes too).
fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._!$&'()*+,;=:@/".contains(&b)
}

pub fn path_to_file_url(path: &Path) -> String {
    let mut out = String::from("file://");
    for &b in path.as_os_str().as_encoded_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `None` unless `url` is a `file:` URL with an empty or `localhost` host.
pub fn file_url_to_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("file:")?;
    let path = if let Some(after) = rest.strip_prefix("//") {
        let slash = after.find('/')?;
        let host = &after[..slash];
        if !host.is_empty() && host != "localhost" {
            return None;
        }
        &after[slash..]
    } else {
        rest
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(v) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?, 16) {
                if v == b'/' {
                    return None; // ERR_INVALID_FILE_URL_PATH: encoded '/' is not allowed
                }
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    Some(PathBuf::from(String::from_utf8_lossy(&out).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let p = Path::new("/tmp/a b/c#d%e/é.mjs");
        let u = path_to_file_url(p);
        assert_eq!(u, "file:///tmp/a%20b/c%23d%25e/%C3%A9.mjs");
        assert_eq!(file_url_to_path(&u).unwrap(), p);
        assert_eq!(file_url_to_path("file://localhost/x").unwrap(), PathBuf::from("/x"));
        assert!(file_url_to_path("file://host/x").is_none());
        assert!(file_url_to_path("http://x/").is_none());
    }
}
