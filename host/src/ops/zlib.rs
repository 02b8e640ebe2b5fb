//! Compression for host/js/zlib.js: deflate/zlib/gzip through flate2 on zlib-rs (a
//! Rust port of zlib, so window bits, dictionaries and error messages are zlib's, as
//! in Node) and brotli through the `brotli` crates. A stream's codec lives in a
//! table keyed by the id JS holds; one-shot calls (`zlib.gzipSync`, `zlib.gzip`) run
//! the same codec over the whole input, the async form on the blocking pool.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use engine_api::{Args, JsError, OpDecl, OpFuture, OpResult, OpState, Value};
use brotli_decompressor::{BrotliDecompressStream, BrotliResult, BrotliState, StandardAlloc};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

inventory::submit!(OpDecl::sync("zlibNew", op_zlib_new));
inventory::submit!(OpDecl::sync("zlibProcess", op_zlib_process));
inventory::submit!(OpDecl::sync("zlibReset", op_zlib_reset));
inventory::submit!(OpDecl::sync("zlibParams", op_zlib_params));
inventory::submit!(OpDecl::sync("zlibFree", op_zlib_free));
inventory::submit!(OpDecl::sync("zlibOnceSync", op_zlib_once_sync));
inventory::submit!(OpDecl::asynchronous("zlibOnce", op_zlib_once));
inventory::submit!(OpDecl::sync("zlibCrc32", op_zlib_crc32));

// Node's mode numbers (zlib.constants.DEFLATE...).
const DEFLATE: u32 = 1;
const INFLATE: u32 = 2;
const GZIP: u32 = 3;
const GUNZIP: u32 = 4;
const DEFLATERAW: u32 = 5;
const INFLATERAW: u32 = 6;
const UNZIP: u32 = 7;
const BROTLI_DECODE: u32 = 8;
const BROTLI_ENCODE: u32 = 9;

// zlib's flush values, and brotli's operations (PROCESS 0, FLUSH 1, FINISH 2).
const Z_NO_FLUSH: u32 = 0;
const Z_PARTIAL_FLUSH: u32 = 1;
const Z_SYNC_FLUSH: u32 = 2;
const Z_FULL_FLUSH: u32 = 3;
const Z_FINISH: u32 = 4;
const BROTLI_OPERATION_FLUSH: u32 = 1;
const BROTLI_OPERATION_FINISH: u32 = 2;

/// What JS passes to `zlibNew` / `zlibOnce`, already validated by zlib.js.
#[derive(Clone)]
struct Options {
    mode: u32,
    level: i32,
    window_bits: u8,
    dictionary: Option<Vec<u8>>,
    brotli_quality: u32,
    brotli_lgwin: u32,
}

impl Options {
    fn parse(args: &mut Args) -> Result<Options, JsError> {
        let dictionary = match args.get(3) {
            Value::Undefined | Value::Null => None,
            _ => Some(args.bytes(3, "dictionary")?),
        };
        Ok(Options {
            mode: args.integer(0, "mode")? as u32,
            level: args.integer(1, "level")? as i32,
            window_bits: args.integer(2, "windowBits")? as u8,
            dictionary,
            brotli_quality: args.integer(4, "quality")? as u32,
            brotli_lgwin: args.integer(5, "lgwin")? as u32,
        })
    }
}

/// A zlib-style failure: Node's message, `code` (Z_DATA_ERROR...) and `errno`.
struct ZError {
    message: String,
    code: Cow<'static, str>,
    errno: i32,
}

impl ZError {
    fn data(message: impl Into<String>) -> ZError {
        ZError { message: message.into(), code: Cow::Borrowed("Z_DATA_ERROR"), errno: -3 }
    }
    fn into_js(self) -> JsError {
        JsError::error(self.message).with_code(&self.code).with_prop("errno", Value::from(self.errno as f64))
    }
}

enum Codec {
    Deflate(Compress),
    Inflate { z: Decompress, gzip: bool, ended: bool, dictionary: Option<Vec<u8>> },
    /// Unzip before its first byte: gzip or zlib is not known yet.
    Detect,
    BrotliEncode(Box<brotli::CompressorWriter<Vec<u8>>>),
    BrotliDecode { s: Box<BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>>, ended: bool },
    Done,
}

struct Stream {
    options: Options,
    codec: Codec,
}

fn level(n: i32) -> Compression {
    if n < 0 { Compression::default() } else { Compression::new(n as u32) }
}

impl Stream {
    fn new(options: Options) -> Result<Stream, ZError> {
        let codec = Stream::codec(&options)?;
        Ok(Stream { options, codec })
    }

    fn codec(o: &Options) -> Result<Codec, ZError> {
        let wb = o.window_bits.clamp(9, 15);
        let inflate = |z: Decompress, gzip: bool| Codec::Inflate { z, gzip, ended: false, dictionary: o.dictionary.clone() };
        let mut codec = match o.mode {
            DEFLATE => Codec::Deflate(Compress::new_with_window_bits(level(o.level), true, wb)),
            GZIP => Codec::Deflate(Compress::new_gzip(level(o.level), wb)),
            DEFLATERAW => Codec::Deflate(Compress::new_with_window_bits(level(o.level), false, wb)),
            INFLATE => inflate(Decompress::new_with_window_bits(true, wb), false),
            GUNZIP => inflate(Decompress::new_gzip(wb), true),
            INFLATERAW => inflate(Decompress::new_with_window_bits(false, wb), false),
            UNZIP => Codec::Detect,
            BROTLI_ENCODE => Codec::BrotliEncode(Box::new(brotli::CompressorWriter::new(Vec::new(), 16 * 1024, o.brotli_quality, o.brotli_lgwin))),
            BROTLI_DECODE => Codec::BrotliDecode {
                s: Box::new(BrotliState::new_strict(StandardAlloc::default(), StandardAlloc::default(), StandardAlloc::default())),
                ended: false,
            },
            m => return Err(ZError { message: format!("Bad argument: mode {m}"), code: Cow::Borrowed("ERR_INVALID_ARG_VALUE"), errno: -2 }),
        };
        // Deflate and raw inflate take the dictionary up front; zlib inflate asks for it.
        if let Some(dict) = &o.dictionary {
            match &mut codec {
                Codec::Deflate(z) if o.mode != GZIP => {
                    z.set_dictionary(dict).map_err(|_| ZError::data("Failed to set dictionary"))?;
                }
                Codec::Inflate { z, .. } if o.mode == INFLATERAW => {
                    z.set_dictionary(dict).map_err(|_| ZError::data("Failed to set dictionary"))?;
                }
                _ => {}
            }
        }
        Ok(codec)
    }

    fn process(&mut self, input: &[u8], flush: u32, out: &mut Vec<u8>) -> Result<(), ZError> {
        if let Codec::Detect = self.codec {
            if input.is_empty() {
                return Ok(());
            }
            let gzip = input[0] == 0x1f;
            let wb = self.options.window_bits.clamp(9, 15);
            let z = if gzip { Decompress::new_gzip(wb) } else { Decompress::new_with_window_bits(true, wb) };
            self.codec = Codec::Inflate { z, gzip, ended: false, dictionary: self.options.dictionary.clone() };
        }
        match &mut self.codec {
            Codec::Deflate(z) => deflate(z, input, flush, out),
            Codec::Inflate { z, gzip, ended, dictionary } => inflate(z, *gzip, ended, dictionary.as_deref(), input, flush, out),
            Codec::BrotliEncode(w) => {
                w.write_all(input).map_err(|_| brotli_error("Compression failed"))?;
                if flush == BROTLI_OPERATION_FLUSH {
                    w.flush().map_err(|_| brotli_error("Compression failed"))?;
                }
                out.append(w.get_mut());
                if flush == BROTLI_OPERATION_FINISH {
                    let Codec::BrotliEncode(w) = std::mem::replace(&mut self.codec, Codec::Done) else { unreachable!() };
                    out.extend(w.into_inner());
                }
                Ok(())
            }
            Codec::BrotliDecode { s, ended } => brotli_decode(s, ended, input, flush, out),
            Codec::Detect => Ok(()),
            Codec::Done => Ok(()),
        }
    }
}

fn brotli_error(message: &str) -> ZError {
    ZError { message: message.into(), code: Cow::Borrowed("ERR_BROTLI_COMPRESSION_FAILED"), errno: -1 }
}

fn unexpected_end() -> ZError {
    ZError { message: "unexpected end of file".into(), code: Cow::Borrowed("Z_BUF_ERROR"), errno: -5 }
}

/// Brotli decoding through the decoder's stream API rather than its Write adapter,
/// for the decoder's own error code: Node reports it (`ERR__ERROR_FORMAT_PADDING_1`).
fn brotli_decode(
    s: &mut BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>,
    ended: &mut bool,
    input: &[u8],
    flush: u32,
    out: &mut Vec<u8>,
) -> Result<(), ZError> {
    let mut avail_in = input.len();
    let mut in_offset = 0;
    while !*ended {
        let start = out.len();
        out.resize(start + (input.len() * 4).clamp(16 * 1024, 1 << 20), 0);
        let mut avail_out = out.len() - start;
        let mut out_offset = start;
        let mut total = 0;
        let r = BrotliDecompressStream(&mut avail_in, &mut in_offset, input, &mut avail_out, &mut out_offset, out, &mut total, s);
        out.truncate(out_offset);
        match r {
            BrotliResult::ResultSuccess => *ended = true,
            BrotliResult::NeedsMoreOutput => {}
            BrotliResult::NeedsMoreInput if flush == BROTLI_OPERATION_FINISH => return Err(unexpected_end()),
            BrotliResult::NeedsMoreInput => return Ok(()),
            BrotliResult::ResultFailure => {
                let code = s.error_code;
                let name = format!("{code:?}");
                let code_name = format!("ERR_{}", name.strip_prefix("BROTLI_DECODER").unwrap_or(&name));
                return Err(ZError { message: "Decompression failed".into(), code: Cow::Owned(code_name), errno: code as i32 });
            }
        }
    }
    Ok(())
}

fn deflate(z: &mut Compress, mut input: &[u8], flush: u32, out: &mut Vec<u8>) -> Result<(), ZError> {
    let mode = match flush {
        Z_NO_FLUSH => FlushCompress::None,
        Z_PARTIAL_FLUSH => FlushCompress::Partial,
        Z_SYNC_FLUSH => FlushCompress::Sync,
        Z_FULL_FLUSH => FlushCompress::Full,
        _ => FlushCompress::Finish,
    };
    loop {
        out.reserve((input.len() / 2).max(16 * 1024));
        let before = z.total_in();
        let status = z.compress_vec(input, out, mode).map_err(|e| ZError::data(e.to_string()))?;
        input = &input[(z.total_in() - before) as usize..];
        let full = out.len() == out.capacity();
        match status {
            Status::StreamEnd => return Ok(()),
            _ if full => continue,
            _ if !input.is_empty() => continue,
            // Flushing may still hold output when the buffer filled exactly; the
            // check above covers it, so done.
            _ if mode == FlushCompress::Finish => continue,
            _ => return Ok(()),
        }
    }
}

fn inflate(
    z: &mut Decompress,
    gzip: bool,
    ended: &mut bool,
    dictionary: Option<&[u8]>,
    mut input: &[u8],
    flush: u32,
    out: &mut Vec<u8>,
) -> Result<(), ZError> {
    loop {
        if *ended {
            // Node's gunzip reads concatenated gzip members as one stream and
            // ignores anything else after the end.
            if gzip && input.len() >= 2 && input[0] == 0x1f && input[1] == 0x8b {
                *z = Decompress::new_gzip(15);
                *ended = false;
            } else {
                return Ok(());
            }
        }
        if input.is_empty() && flush != Z_FINISH {
            return Ok(());
        }
        out.reserve((input.len() * 3).clamp(16 * 1024, 1 << 20));
        let before = z.total_in();
        let result = z.decompress_vec(input, out, FlushDecompress::None);
        input = &input[(z.total_in() - before) as usize..];
        match result {
            Ok(Status::StreamEnd) => *ended = true,
            Ok(_) if out.len() == out.capacity() => {}
            Ok(_) if !input.is_empty() => {}
            Ok(_) => {
                if flush == Z_FINISH {
                    return Err(unexpected_end());
                }
                return Ok(());
            }
            Err(e) => {
                if e.needs_dictionary().is_some() {
                    let Some(dict) = dictionary else {
                        return Err(ZError { message: "Missing dictionary".into(), code: Cow::Borrowed("Z_NEED_DICT"), errno: 2 });
                    };
                    z.set_dictionary(dict).map_err(|_| ZError::data("Bad dictionary"))?;
                    continue;
                }
                return Err(ZError::data(e.message().unwrap_or("invalid data").to_owned()));
            }
        }
    }
}

#[derive(Default)]
struct Streams {
    next: u32,
    open: HashMap<u32, Stream>,
}

fn table(state: &mut OpState) -> &mut Streams {
    state.default_mut::<Streams>()
}

fn closed() -> JsError {
    JsError::error("zlib binding closed").with_code("ERR_ZLIB_BINDING_CLOSED")
}

/// `zlibNew(mode, level, windowBits, dictionary, brotliQuality, brotliLgwin)`: an id.
fn op_zlib_new(state: &mut OpState, mut args: Args) -> OpResult {
    let stream = Stream::new(Options::parse(&mut args)?).map_err(ZError::into_js)?;
    let t = table(state);
    t.next += 1;
    let id = t.next;
    t.open.insert(id, stream);
    Ok(Value::from(id))
}

/// `zlibProcess(id, chunk, flush)`: the output this chunk (and flush) produced.
fn op_zlib_process(state: &mut OpState, mut args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let input = args.bytes(1, "chunk")?;
    let flush = args.integer(2, "flush")? as u32;
    let stream = table(state).open.get_mut(&id).ok_or_else(closed)?;
    let mut out = Vec::new();
    stream.process(&input, flush, &mut out).map_err(ZError::into_js)?;
    Ok(Value::Bytes(out))
}

fn op_zlib_reset(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let stream = table(state).open.get_mut(&id).ok_or_else(closed)?;
    stream.codec = Stream::codec(&stream.options).map_err(ZError::into_js)?;
    Ok(Value::Undefined)
}

/// `zlibParams(id, level)`: a new compression level for what follows (deflate.params).
fn op_zlib_params(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    let n = args.integer(1, "level")? as i32;
    let stream = table(state).open.get_mut(&id).ok_or_else(closed)?;
    stream.options.level = n;
    if let Codec::Deflate(z) = &mut stream.codec {
        z.set_level(level(n)).map_err(|e| ZError::data(e.to_string()).into_js())?;
    }
    Ok(Value::Undefined)
}

fn op_zlib_free(state: &mut OpState, args: Args) -> OpResult {
    let id = args.integer(0, "id")? as u32;
    table(state).open.remove(&id);
    Ok(Value::Undefined)
}

enum OnceError {
    Z(ZError),
    TooLarge(usize),
}

impl OnceError {
    fn into_js(self) -> JsError {
        match self {
            OnceError::Z(e) => e.into_js(),
            OnceError::TooLarge(max) => {
                JsError::range_error(format!("Cannot create a Buffer larger than {max} bytes")).with_code("ERR_BUFFER_TOO_LARGE")
            }
        }
    }
}

fn once(options: Options, input: &[u8], max_output: usize) -> Result<Vec<u8>, OnceError> {
    let finish = if options.mode == BROTLI_ENCODE || options.mode == BROTLI_DECODE { BROTLI_OPERATION_FINISH } else { Z_FINISH };
    let mut stream = Stream::new(options).map_err(OnceError::Z)?;
    let mut out = Vec::new();
    stream.process(input, finish, &mut out).map_err(OnceError::Z)?;
    if out.len() > max_output {
        return Err(OnceError::TooLarge(max_output));
    }
    Ok(out)
}

/// `zlibOnceSync(mode, level, windowBits, dictionary, quality, lgwin, input, maxOutputLength)`.
fn op_zlib_once_sync(_: &mut OpState, mut args: Args) -> OpResult {
    let options = Options::parse(&mut args)?;
    let input = args.bytes(6, "buffer")?;
    let max = args.number(7, "maxOutputLength")? as usize;
    once(options, &input, max).map(Value::Bytes).map_err(OnceError::into_js)
}

/// The same, on the blocking pool, for `zlib.gzip(buffer, callback)` and friends.
fn op_zlib_once(_: &Rc<RefCell<OpState>>, mut args: Args) -> OpFuture {
    let parsed = (|| Ok::<_, JsError>((Options::parse(&mut args)?, args.bytes(6, "buffer")?, args.number(7, "maxOutputLength")? as usize)))();
    Box::pin(async move {
        let (options, input, max) = parsed?;
        match tokio::task::spawn_blocking(move || once(options, &input, max)).await {
            Ok(r) => r.map(Value::Bytes).map_err(OnceError::into_js),
            Err(e) => Err(JsError::error(format!("zlib: {e}"))),
        }
    })
}

/// `zlibCrc32(data, initial)`.
fn op_zlib_crc32(_: &mut OpState, mut args: Args) -> OpResult {
    let data = args.bytes(0, "data")?;
    let initial = args.number(1, "value")? as u32;
    let mut h = crc32fast::Hasher::new_with_initial(initial);
    h.update(&data);
    Ok(Value::from(h.finalize() as f64))
}
