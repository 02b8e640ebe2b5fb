//! Text segmentation for engines without Intl (QuickJS): host/js/internal/intl_lite.js
//! builds `Intl.Segmenter` on this (Unicode UAX #29 via unicode-segmentation).

use engine_api::{Args, JsError, OpDecl, OpResult, OpState, Value};
use unicode_segmentation::UnicodeSegmentation;

inventory::submit!(OpDecl::sync("segment", op_segment));

/// `segment(text, granularity)` -> flat `[utf16Index, isWordLike, ...]` of each
/// segment's start.
fn op_segment(_: &mut OpState, mut args: Args) -> OpResult {
    let text = args.string(0, "text")?;
    let granularity = args.optional_string(1, "granularity")?.unwrap_or_else(|| "grapheme".into());
    let pieces: Vec<(usize, &str)> = match granularity.as_str() {
        "grapheme" => text.grapheme_indices(true).collect(),
        "word" => text.split_word_bound_indices().collect(),
        "sentence" => text.split_sentence_bound_indices().collect(),
        other => return Err(JsError::range_error(format!("Value {other} out of range for Intl.Segmenter options property granularity"))),
    };
    // Byte offsets to UTF-16 offsets, walking the string once.
    let mut out = Vec::with_capacity(pieces.len() * 2);
    let mut utf16 = 0usize;
    let mut byte = 0usize;
    for (start, piece) in pieces {
        utf16 += text[byte..start].encode_utf16().count();
        byte = start;
        let word_like = granularity == "word" && piece.chars().any(char::is_alphanumeric);
        out.push(Value::from(utf16));
        out.push(Value::Bool(word_like));
    }
    Ok(Value::Array(out))
}
