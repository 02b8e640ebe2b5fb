//! Finds the names a CommonJS module exports without running it, so `import { x }
//! from './file.cjs'` works as in Node (which uses cjs-module-lexer for the same
//! job). It recognises the forms that hand-written and compiled (Babel, TypeScript,
//! esbuild) modules use: `exports.x =`, `module.exports.x =`, `exports['x'] =`,
//! `Object.defineProperty(exports, 'x', ...)`, `module.exports = { a, b: ... }`,
//! and re-exports `module.exports = require('y')`, `__exportStar(require('y'))`,
//! `...require('y')` inside the object literal.

#[derive(Debug, Default, PartialEq)]
pub struct CjsExports {
    pub names: Vec<String>,
    pub reexports: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
    /// `===`, `==`, `=>`, `...` and other multi-character operators that matter.
    Op(&'static str),
    Other,
}

struct Lexer<'a> {
    s: &'a [u8],
    i: usize,
    toks: Vec<Tok>,
}

impl<'a> Lexer<'a> {
    /// Whether a `/` here starts a regular expression, judged by the previous token.
    fn regex_allowed(&self) -> bool {
        match self.toks.last() {
            None => true,
            Some(Tok::Ident(w)) => matches!(w.as_str(), "return" | "typeof" | "instanceof" | "in" | "of" | "new" | "delete" | "void" | "throw" | "case" | "do" | "else" | "yield" | "await"),
            Some(Tok::Punct(c)) => !matches!(c, ')' | ']' | '}'),
            Some(Tok::Str(_)) | Some(Tok::Other) => false,
            Some(Tok::Op(_)) => true,
        }
    }

    fn skip_string(&mut self, quote: u8) -> String {
        let start = self.i + 1;
        self.i += 1;
        let mut out = Vec::new();
        while self.i < self.s.len() && self.s[self.i] != quote {
            if self.s[self.i] == b'\\' && self.i + 1 < self.s.len() {
                self.i += 1;
                out.push(self.s[self.i]);
            } else if self.s[self.i] == b'\n' {
                break;
            } else {
                out.push(self.s[self.i]);
            }
            self.i += 1;
        }
        self.i += 1;
        let _ = start;
        String::from_utf8_lossy(&out).into_owned()
    }

    fn skip_regex(&mut self) {
        self.i += 1;
        let mut in_class = false;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' => self.i += 1,
                b'[' => in_class = true,
                b']' => in_class = false,
                b'/' if !in_class => break,
                b'\n' => break,
                _ => {}
            }
            self.i += 1;
        }
        self.i += 1;
        while self.i < self.s.len() && (self.s[self.i] as char).is_ascii_alphabetic() {
            self.i += 1;
        }
    }

    /// Skips a template literal, lexing the code inside `${ }` as normal tokens.
    fn skip_template(&mut self) {
        self.i += 1;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' => self.i += 2,
                b'`' => {
                    self.i += 1;
                    return;
                }
                b'$' if self.s.get(self.i + 1) == Some(&b'{') => {
                    self.i += 2;
                    let mut depth = 1;
                    while self.i < self.s.len() && depth > 0 {
                        let before = self.toks.len();
                        match self.s[self.i] {
                            b'{' => depth += 1,
                            b'}' => depth -= 1,
                            _ => {}
                        }
                        if depth == 0 {
                            self.i += 1;
                            break;
                        }
                        self.step();
                        let _ = before;
                    }
                }
                _ => self.i += 1,
            }
        }
    }

    fn step(&mut self) {
        let c = self.s[self.i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => self.i += 1,
            b'/' if self.s.get(self.i + 1) == Some(&b'/') => {
                while self.i < self.s.len() && self.s[self.i] != b'\n' {
                    self.i += 1;
                }
            }
            b'/' if self.s.get(self.i + 1) == Some(&b'*') => {
                self.i += 2;
                while self.i + 1 < self.s.len() && !(self.s[self.i] == b'*' && self.s[self.i + 1] == b'/') {
                    self.i += 1;
                }
                self.i += 2;
            }
            b'/' if self.regex_allowed() => {
                self.skip_regex();
                self.toks.push(Tok::Other);
            }
            b'\'' | b'"' => {
                let s = self.skip_string(c);
                self.toks.push(Tok::Str(s));
            }
            b'`' => {
                self.skip_template();
                self.toks.push(Tok::Other);
            }
            c if c == b'_' || c == b'$' || c.is_ascii_alphabetic() || c >= 0x80 => {
                let start = self.i;
                while self.i < self.s.len() && (self.s[self.i] == b'_' || self.s[self.i] == b'$' || self.s[self.i].is_ascii_alphanumeric() || self.s[self.i] >= 0x80) {
                    self.i += 1;
                }
                self.toks.push(Tok::Ident(String::from_utf8_lossy(&self.s[start..self.i]).into_owned()));
            }
            c if c.is_ascii_digit() => {
                while self.i < self.s.len() && (self.s[self.i].is_ascii_alphanumeric() || self.s[self.i] == b'.' || self.s[self.i] == b'_') {
                    self.i += 1;
                }
                self.toks.push(Tok::Other);
            }
            b'=' if self.s.get(self.i + 1) == Some(&b'=') => {
                self.i += if self.s.get(self.i + 2) == Some(&b'=') { 3 } else { 2 };
                self.toks.push(Tok::Op("=="));
            }
            b'=' if self.s.get(self.i + 1) == Some(&b'>') => {
                self.i += 2;
                self.toks.push(Tok::Op("=>"));
            }
            b'.' if self.s.get(self.i + 1) == Some(&b'.') && self.s.get(self.i + 2) == Some(&b'.') => {
                self.i += 3;
                self.toks.push(Tok::Op("..."));
            }
            b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'%' | b'&' | b'|' | b'^' if self.s.get(self.i + 1) == Some(&b'=') => {
                self.i += 2;
                self.toks.push(Tok::Op("op="));
            }
            _ => {
                self.i += 1;
                self.toks.push(Tok::Punct(c as char));
            }
        }
    }
}

fn tokenize(source: &str) -> Vec<Tok> {
    let mut lx = Lexer { s: source.as_bytes(), i: 0, toks: Vec::new() };
    // A hashbang line is not JavaScript.
    if source.starts_with("#!") {
        lx.i = source.find('\n').unwrap_or(source.len());
    }
    while lx.i < lx.s.len() {
        lx.step();
    }
    lx.toks
}

fn is_ident(t: Option<&Tok>, w: &str) -> bool {
    matches!(t, Some(Tok::Ident(x)) if x == w)
}

fn is_punct(t: Option<&Tok>, c: char) -> bool {
    matches!(t, Some(Tok::Punct(x)) if *x == c)
}

/// At `i`: `exports` or `module.exports`; returns the index after it.
fn exports_ref(t: &[Tok], i: usize) -> Option<usize> {
    if is_ident(t.get(i), "exports") && !is_punct(t.get(i.wrapping_sub(1)), '.') {
        return Some(i + 1);
    }
    if is_ident(t.get(i), "module") && is_punct(t.get(i + 1), '.') && is_ident(t.get(i + 2), "exports") {
        return Some(i + 3);
    }
    None
}

/// At `i`: `require ( 'x' )`; returns the specifier and the index after it.
fn require_call(t: &[Tok], i: usize) -> Option<(String, usize)> {
    if is_ident(t.get(i), "require") && is_punct(t.get(i + 1), '(') && is_punct(t.get(i + 3), ')') {
        if let Some(Tok::Str(s)) = t.get(i + 2) {
            return Some((s.clone(), i + 4));
        }
    }
    None
}

pub fn lex(source: &str) -> CjsExports {
    let t = tokenize(source);
    let mut out = CjsExports::default();
    let mut add = |names: &mut Vec<String>, n: &str| {
        if n != "default" && !names.iter().any(|x| x == n) {
            names.push(n.to_owned());
        }
    };
    let mut i = 0;
    while i < t.len() {
        // Object.defineProperty(exports, 'x', ...)
        if is_ident(t.get(i), "Object") && is_punct(t.get(i + 1), '.') && is_ident(t.get(i + 2), "defineProperty") && is_punct(t.get(i + 3), '(') {
            if let Some(j) = exports_ref(&t, i + 4) {
                if let (true, Some(Tok::Str(name))) = (is_punct(t.get(j), ','), t.get(j + 1)) {
                    add(&mut out.names, name);
                }
            }
            i += 4;
            continue;
        }
        // __exportStar(require('x'), exports) / __export(require('x'))
        if matches!(t.get(i), Some(Tok::Ident(w)) if w == "__exportStar" || w == "__export") && is_punct(t.get(i + 1), '(') {
            if let Some((spec, _)) = require_call(&t, i + 2) {
                out.reexports.push(spec);
            }
            i += 2;
            continue;
        }
        if let Some(j) = exports_ref(&t, i) {
            // exports.x = / exports['x'] =
            let (name, after) = match (t.get(j), t.get(j + 1), t.get(j + 2)) {
                (Some(Tok::Punct('.')), Some(Tok::Ident(n)), _) => (Some(n.clone()), j + 2),
                (Some(Tok::Punct('[')), Some(Tok::Str(n)), Some(Tok::Punct(']'))) => (Some(n.clone()), j + 3),
                _ => (None, j),
            };
            if let Some(n) = name {
                if is_punct(t.get(after), '=') {
                    add(&mut out.names, &n);
                }
                i = after;
                continue;
            }
            // module.exports = require('x') / module.exports = { ... }
            if is_ident(t.get(i), "module") && is_punct(t.get(j), '=') {
                if let Some((spec, _)) = require_call(&t, j + 1) {
                    out.reexports.push(spec);
                } else if is_punct(t.get(j + 1), '{') {
                    object_literal_keys(&t, j + 2, &mut out, &mut add);
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

/// The keys of an object literal whose body starts at `i`, up to its closing brace.
fn object_literal_keys(t: &[Tok], mut i: usize, out: &mut CjsExports, add: &mut impl FnMut(&mut Vec<String>, &str)) {
    loop {
        match (t.get(i), t.get(i + 1)) {
            (Some(Tok::Punct('}')), _) | (None, _) => return,
            (Some(Tok::Op("...")), _) => {
                if let Some((spec, _)) = require_call(t, i + 1) {
                    out.reexports.push(spec);
                }
            }
            (Some(Tok::Ident(k)), Some(Tok::Punct(',' | '}' | ':'))) => add(&mut out.names, k),
            (Some(Tok::Str(k)), Some(Tok::Punct(':'))) => add(&mut out.names, k),
            // `get x() {}`, `x() {}`: methods and accessors.
            (Some(Tok::Ident(k)), Some(Tok::Punct('('))) => add(&mut out.names, k),
            (Some(Tok::Ident(g)), Some(Tok::Ident(k))) if g == "get" || g == "set" || g == "async" => add(&mut out.names, k),
            _ => {}
        }
        // Skip to the next top-level comma (or the closing brace).
        let mut depth = 0i32;
        while let Some(tok) = t.get(i) {
            match tok {
                Tok::Punct('(' | '[' | '{') => depth += 1,
                Tok::Punct(')' | ']') => depth -= 1,
                Tok::Punct('}') if depth == 0 => return,
                Tok::Punct('}') => depth -= 1,
                Tok::Punct(',') if depth == 0 => {
                    i += 1;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(src: &str) -> Vec<String> {
        lex(src).names
    }

    #[test]
    fn assignment_forms() {
        assert_eq!(names("exports.a = 1; module.exports.b = 2; exports['c-d'] = 3; exports.e == 4;"), ["a", "b", "c-d"]);
        assert_eq!(names("Object.defineProperty(exports, '__esModule', { value: true }); Object.defineProperty(exports, \"x\", { get() {} })"), ["__esModule", "x"]);
    }

    #[test]
    fn object_literal() {
        let src = "module.exports = { a, b: f(1, 2), 'c': [1, 2], d() { return {x: 1} }, get e() {}, ...require('./r'), default: 1 };";
        let out = lex(src);
        assert_eq!(out.names, ["a", "b", "c", "d", "e"]);
        assert_eq!(out.reexports, ["./r"]);
    }

    #[test]
    fn reexports_and_noise() {
        let out = lex("// exports.no = 1\n/* exports.no2 = 1 */ const s = 'exports.no3 = 1'; const r = /exports.no4 =/; const t = `${exports.yes = 1}`;\nmodule.exports = require('./other');");
        assert_eq!(out.names, ["yes"]);
        assert_eq!(out.reexports, ["./other"]);
        assert_eq!(lex("__exportStar(require(\"./a\"), exports);").reexports, ["./a"]);
    }
}
