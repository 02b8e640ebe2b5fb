//! Hashes, HMACs, key derivation and randomness for host/js/crypto.js, from the
//! RustCrypto crates (no hand-written primitives). Hash and HMAC state lives here, in
//! a table keyed by the id JS holds, so data streams through without piling up in JS.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use hmac::{KeyInit, Mac, SimpleHmac};
use sha2::Digest;

inventory::submit!(OpDecl::sync("hashNew", op_hash_new));
inventory::submit!(OpDecl::sync("hashUpdate", op_hash_update));
inventory::submit!(OpDecl::sync("hashDigest", op_hash_digest));
inventory::submit!(OpDecl::sync("hashCopy", op_hash_copy));
inventory::submit!(OpDecl::sync("hashFree", op_hash_free));
inventory::submit!(OpDecl::sync("hashOnce", op_hash_once));
inventory::submit!(OpDecl::sync("randomFill", op_random_fill));
inventory::submit!(OpDecl::sync("pbkdf2Sync", op_pbkdf2_sync));
inventory::submit!(OpDecl::asynchronous("pbkdf2Async", op_pbkdf2_async));
inventory::submit!(OpDecl::sync("scryptSync", op_scrypt_sync));
inventory::submit!(OpDecl::asynchronous("scryptAsync", op_scrypt_async));
inventory::submit!(OpDecl::sync("hashAlgorithms", op_hash_algorithms));

macro_rules! algorithms {
    ($($name:literal => $variant:ident($ty:ty)),* $(,)?) => {
        /// A running hash or HMAC of one of Node's algorithms.
        #[derive(Clone)]
        enum State {
            $($variant($ty),)*
        }
        #[derive(Clone)]
        enum MacState {
            $($variant(SimpleHmac<$ty>),)*
        }
        const NAMES: &[&str] = &[$($name),*];

        impl State {
            fn new(name: &str) -> Option<State> {
                match name {
                    $($name => Some(State::$variant(<$ty>::new())),)*
                    _ => None,
                }
            }
            fn update(&mut self, data: &[u8]) {
                match self { $(State::$variant(h) => Digest::update(h, data),)* }
            }
            fn finish(self) -> Vec<u8> {
                match self { $(State::$variant(h) => h.finalize().to_vec(),)* }
            }
        }

        impl MacState {
            fn new(name: &str, key: &[u8]) -> Option<MacState> {
                match name {
                    $($name => Some(MacState::$variant(SimpleHmac::<$ty>::new_from_slice(key).expect("HMAC takes keys of any length"))),)*
                    _ => None,
                }
            }
            fn update(&mut self, data: &[u8]) {
                match self { $(MacState::$variant(h) => Mac::update(h, data),)* }
            }
            fn finish(self) -> Vec<u8> {
                match self { $(MacState::$variant(h) => h.finalize().into_bytes().to_vec(),)* }
            }
        }

        fn pbkdf2_by_name(name: &str, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) -> bool {
            match name {
                $($name => pbkdf2::pbkdf2::<SimpleHmac<$ty>>(password, salt, rounds, out).is_ok(),)*
                _ => false,
            }
        }
    };
}

algorithms! {
    "md5" => Md5(md5::Md5),
    "sha1" => Sha1(sha1::Sha1),
    "sha224" => Sha224(sha2::Sha224),
    "sha256" => Sha256(sha2::Sha256),
    "sha384" => Sha384(sha2::Sha384),
    "sha512" => Sha512(sha2::Sha512),
    "sha512-224" => Sha512_224(sha2::Sha512_224),
    "sha512-256" => Sha512_256(sha2::Sha512_256),
    "sha3-224" => Sha3_224(sha3::Sha3_224),
    "sha3-256" => Sha3_256(sha3::Sha3_256),
    "sha3-384" => Sha3_384(sha3::Sha3_384),
    "sha3-512" => Sha3_512(sha3::Sha3_512),
    "ripemd160" => Ripemd160(ripemd::Ripemd160),
}

/// Node's names and its aliases (OpenSSL's `RSA-SHA256`, `sha-256`...).
fn canonical(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    let n = n.strip_prefix("rsa-").unwrap_or(&n).to_owned();
    match n.as_str() {
        "sha-1" => "sha1".into(),
        "sha-224" => "sha224".into(),
        "sha-256" => "sha256".into(),
        "sha-384" => "sha384".into(),
        "sha-512" => "sha512".into(),
        "sha-512/224" | "sha512/224" => "sha512-224".into(),
        "sha-512/256" | "sha512/256" => "sha512-256".into(),
        "ripemd" | "ripemd-160" | "rmd160" => "ripemd160".into(),
        _ => n,
    }
}

enum Running {
    Hash(State),
    Hmac(MacState),
}

#[derive(Default)]
struct Hashes {
    next: u32,
    running: HashMap<u32, Running>,
}

fn table(state: &mut OpState) -> &mut Hashes {
    state.default_mut::<Hashes>()
}

fn invalid_digest(name: &str) -> JsError {
    JsError::type_error(format!("Invalid digest: {name}")).with_code("ERR_CRYPTO_INVALID_DIGEST")
}

/// `hashNew(algorithm, hmacKey?)`: an id, or throws for an unknown algorithm.
fn op_hash_new(state: &mut OpState, mut args: Args) -> OpResult {
    let name = canonical(&args.string(0, "algorithm")?);
    let running = match args.get(1) {
        Value::Undefined | Value::Null => Running::Hash(State::new(&name).ok_or_else(|| JsError::error("Digest method not supported").with_code("ERR_OSSL_EVP_UNSUPPORTED"))?),
        _ => Running::Hmac(MacState::new(&name, &args.bytes(1, "key")?).ok_or_else(|| invalid_digest(&name))?),
    };
    let t = table(state);
    t.next += 1;
    let id = t.next;
    t.running.insert(id, running);
    Ok(Value::from(id))
}

fn op_hash_update(state: &mut OpState, mut args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let data = args.bytes(1, "data")?;
    match table(state).running.get_mut(&id) {
        Some(Running::Hash(h)) => h.update(&data),
        Some(Running::Hmac(h)) => h.update(&data),
        None => return Err(JsError::error("Digest already called").with_code("ERR_CRYPTO_HASH_FINALIZED")),
    }
    Ok(Value::Undefined)
}

fn op_hash_digest(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    match table(state).running.remove(&id) {
        Some(Running::Hash(h)) => Ok(Value::Bytes(h.finish())),
        Some(Running::Hmac(h)) => Ok(Value::Bytes(h.finish())),
        None => Err(JsError::error("Digest already called").with_code("ERR_CRYPTO_HASH_FINALIZED")),
    }
}

/// `hash.copy()`: a new id with the same state.
fn op_hash_copy(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let t = table(state);
    let copy = match t.running.get(&id) {
        Some(Running::Hash(h)) => Running::Hash(h.clone()),
        Some(Running::Hmac(h)) => Running::Hmac(h.clone()),
        None => return Err(JsError::error("Digest already called").with_code("ERR_CRYPTO_HASH_FINALIZED")),
    };
    t.next += 1;
    let new = t.next;
    t.running.insert(new, copy);
    Ok(Value::from(new))
}

/// Frees a hash JS dropped without a digest (from a FinalizationRegistry).
fn op_hash_free(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    table(state).running.remove(&id);
    Ok(Value::Undefined)
}

/// `hashOnce(algorithm, data)`: one-shot digest (crypto.hash, subtle.digest).
fn op_hash_once(_: &mut OpState, mut args: Args) -> OpResult {
    let name = canonical(&args.string(0, "algorithm")?);
    let data = args.bytes(1, "data")?;
    let mut h = State::new(&name).ok_or_else(|| JsError::error("Digest method not supported").with_code("ERR_OSSL_EVP_UNSUPPORTED"))?;
    h.update(&data);
    Ok(Value::Bytes(h.finish()))
}

fn op_hash_algorithms(_: &mut OpState, _: Args) -> OpResult {
    Ok(Value::Array(NAMES.iter().map(|n| Value::from(*n)).collect()))
}

/// `randomFill(n)`: n random bytes from the OS.
fn op_random_fill(_: &mut OpState, args: Args) -> OpResult {
    let n = args.integer(0, "size")?.max(0) as usize;
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).map_err(|e| JsError::error(format!("random bytes: {e}")))?;
    Ok(Value::Bytes(buf))
}

struct Pbkdf2 {
    password: Vec<u8>,
    salt: Vec<u8>,
    rounds: u32,
    len: usize,
    digest: String,
}

fn pbkdf2_args(mut args: Args) -> Result<Pbkdf2, JsError> {
    Ok(Pbkdf2 {
        password: args.bytes(0, "password")?,
        salt: args.bytes(1, "salt")?,
        rounds: args.integer(2, "iterations")? as u32,
        len: args.integer(3, "keylen")? as usize,
        digest: canonical(&args.string(4, "digest")?),
    })
}

fn pbkdf2_run(p: Pbkdf2) -> Result<Vec<u8>, String> {
    let mut out = vec![0u8; p.len];
    if pbkdf2_by_name(&p.digest, &p.password, &p.salt, p.rounds, &mut out) {
        Ok(out)
    } else {
        Err(p.digest)
    }
}

fn op_pbkdf2_sync(_: &mut OpState, args: Args) -> OpResult {
    pbkdf2_run(pbkdf2_args(args)?).map(Value::Bytes).map_err(|d| invalid_digest(&d))
}

fn op_pbkdf2_async(_: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let parsed = pbkdf2_args(args);
    Box::pin(async move {
        let p = parsed?;
        match tokio::task::spawn_blocking(move || pbkdf2_run(p)).await {
            Ok(r) => r.map(Value::Bytes).map_err(|d| invalid_digest(&d)),
            Err(e) => Err(JsError::error(format!("pbkdf2: {e}"))),
        }
    })
}

struct Scrypt {
    password: Vec<u8>,
    salt: Vec<u8>,
    len: usize,
    n: u64,
    r: u32,
    p: u32,
}

fn scrypt_args(mut args: Args) -> Result<Scrypt, JsError> {
    Ok(Scrypt {
        password: args.bytes(0, "password")?,
        salt: args.bytes(1, "salt")?,
        len: args.integer(2, "keylen")? as usize,
        n: args.integer(3, "N")? as u64,
        r: args.integer(4, "r")? as u32,
        p: args.integer(5, "p")? as u32,
    })
}

fn scrypt_run(s: Scrypt) -> Result<Vec<u8>, String> {
    if !s.n.is_power_of_two() || s.n < 2 {
        return Err("Invalid scrypt params: N must be a power of 2 greater than 1".into());
    }
    let log_n = s.n.trailing_zeros() as u8;
    let params = scrypt::Params::new(log_n, s.r, s.p).map_err(|e| format!("Invalid scrypt params: {e}"))?;
    let mut out = vec![0u8; s.len];
    scrypt::scrypt(&s.password, &s.salt, &params, &mut out).map_err(|e| format!("Invalid scrypt params: {e}"))?;
    Ok(out)
}

fn scrypt_error(msg: String) -> JsError {
    JsError::range_error(msg).with_code("ERR_CRYPTO_INVALID_SCRYPT_PARAMS")
}

fn op_scrypt_sync(_: &mut OpState, args: Args) -> OpResult {
    scrypt_run(scrypt_args(args)?).map(Value::Bytes).map_err(scrypt_error)
}

fn op_scrypt_async(_: &Rc<RefCell<OpState>>, args: Args) -> OpFuture {
    let parsed = scrypt_args(args);
    Box::pin(async move {
        let s = parsed?;
        match tokio::task::spawn_blocking(move || scrypt_run(s)).await {
            Ok(r) => r.map(Value::Bytes).map_err(scrypt_error),
            Err(e) => Err(JsError::error(format!("scrypt: {e}"))),
        }
    })
}
