//! Byte <-> text conversions that are slow in an interpreter: host/js's Buffer,
//! TextEncoder and TextDecoder use these when present (they have JS fallbacks).

use engine_api::{Args, JsError, OpDecl, OpResult, OpState, Value};

inventory::submit!(OpDecl::sync("utf8Encode", op_utf8_encode));
inventory::submit!(OpDecl::sync("utf8Decode", op_utf8_decode));
inventory::submit!(OpDecl::sync("base64Encode", op_base64_encode));
inventory::submit!(OpDecl::sync("base64Decode", op_base64_decode));
inventory::submit!(OpDecl::sync("hexEncode", op_hex_encode));

/// UTF-8 bytes of a string (lone surrogates were replaced by U+FFFD on the way in).
fn op_utf8_encode(_: &mut OpState, mut args: Args) -> OpResult {
    Ok(Value::Bytes(args.string(0, "input")?.into_bytes()))
}

/// Text from UTF-8, invalid sequences replaced by U+FFFD as the WHATWG decoder does
/// (Rust's lossy decoding replaces the same maximal subparts).
fn op_utf8_decode(_: &mut OpState, mut args: Args) -> OpResult {
    let bytes = match args.take(0) {
        Value::Bytes(b) => b,
        other => return Err(JsError::invalid_arg_type("input", "an instance of Uint8Array", &other)),
    };
    Ok(Value::String(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }))
}

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64_encode(bytes: &[u8], url_safe: bool) -> String {
    let table = if url_safe { URL_SAFE } else { STANDARD };
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(table[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else if !url_safe {
                out.push('=');
            }
        }
    }
    out
}

/// Node's lenient base64 (and base64url) decoding: both alphabets, whitespace and
/// other characters skipped, decoding stops at the first `=`. Like Node, it reads the
/// low byte of each UTF-16 unit (so U+0141 counts as 'A').
pub fn base64_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.encode_utf16().map(|u| u as u8) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

fn op_base64_encode(_: &mut OpState, mut args: Args) -> OpResult {
    let url_safe = matches!(args.get(1), Value::Bool(true));
    let bytes = args.bytes(0, "input")?;
    Ok(Value::String(base64_encode(&bytes, url_safe)))
}

fn op_base64_decode(_: &mut OpState, mut args: Args) -> OpResult {
    Ok(Value::Bytes(base64_decode(&args.string(0, "input")?)))
}

fn op_hex_encode(_: &mut OpState, mut args: Args) -> OpResult {
    let bytes = args.bytes(0, "input")?;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push_str(&format!("{b:02x}"));
    }
    Ok(Value::String(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_and_is_lenient() {
        for n in 0..20 {
            let data: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base64_decode(&base64_encode(&data, false)), data);
            assert_eq!(base64_decode(&base64_encode(&data, true)), data);
        }
        assert_eq!(base64_encode(b"hello", false), "aGVsbG8=");
        assert_eq!(base64_encode(b"hello", true), "aGVsbG8");
        assert_eq!(base64_decode(" aGV s\nbG8=trailing"), b"hello");
    }
}
