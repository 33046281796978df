//! Physical lines of the screening's input, for both readers (CSV and JSON Lines): a line ends at
//! LF, CR or CRLF (old Excel and Mac exports end lines with CR alone), and a caller never holds
//! more than the limit it gives, so memory stays bounded whatever the line length.
//!
//! The CSV reader can hand bytes back ([`Lines::replay`]) to read them again: when a quote
//! turns out to be unclosed, reading resumes at the line after the one the quote opened on. An
//! input that can seek (a file) can also be read again from a position ([`Lines::seek_to`]),
//! for a quote found unclosed only after more than a record's limit.
//! Not here: quotes, fields, JSON.

use std::io::{self, BufRead, Seek, SeekFrom};

/// How a call to [`Lines::read_line`] ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Got {
    /// A whole line, with its line end (none for the last line of the input).
    Line,
    /// The limit was reached inside a line; the next call goes on with the same line.
    Partial,
    /// The end of the input: nothing was read.
    End,
}

pub struct Lines<R> {
    input: R,
    /// Bytes handed back, read before the input.
    replay: Vec<u8>,
    replay_at: usize,
    /// The last call stopped inside a line.
    mid_line: bool,
    /// The 1-based number of the line read last (0 before the first).
    pub line: u64,
    /// Bytes consumed from the input.
    consumed: u64,
    /// How to move the input to a position, for an input that can.
    seek: Option<fn(&mut R, u64) -> io::Result<u64>>,
}

fn seek_input<R: Seek>(input: &mut R, position: u64) -> io::Result<u64> {
    input.seek(SeekFrom::Start(position))
}

impl<R: BufRead> Lines<R> {
    pub fn new(input: R) -> Lines<R> {
        Lines { input, replay: Vec::new(), replay_at: 0, mid_line: false, line: 0, consumed: 0, seek: None }
    }

    /// Lines of an input that can be read again from a position. Positions count from where
    /// the input stands now.
    pub fn seekable(mut input: R) -> Lines<R>
    where
        R: Seek,
    {
        let start = input.stream_position().ok();
        let mut lines = Lines::new(input);
        if let Some(start) = start {
            lines.consumed = start;
            lines.seek = Some(seek_input::<R>);
        }
        lines
    }

    /// The position of the next byte to be read, counted in the input.
    pub fn position(&self) -> u64 {
        let handed_back = self.replay.len().saturating_sub(self.replay_at) as u64;
        self.consumed.saturating_sub(handed_back)
    }

    /// Moves back to `position` (from [`Lines::position`]), the start of line `next_line`.
    /// `Ok(false)` if the input cannot seek.
    pub fn seek_to(&mut self, position: u64, next_line: u64) -> io::Result<bool> {
        let Some(seek) = self.seek else { return Ok(false) };
        match seek(&mut self.input, position) {
            Ok(at) if at == position => {}
            // A pipe or a device that cannot seek after all.
            Ok(_) | Err(_) => return Ok(false),
        }
        self.consumed = position;
        self.replay.clear();
        self.replay_at = 0;
        self.mid_line = false;
        self.line = next_line.saturating_sub(1);
        Ok(true)
    }

    /// The bytes available next: handed-back bytes first, then the input's buffer.
    fn chunk(&mut self) -> io::Result<&[u8]> {
        if self.replay_at < self.replay.len() {
            return Ok(self.replay.get(self.replay_at..).unwrap_or(&[]));
        }
        self.input.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        if self.replay_at < self.replay.len() {
            self.replay_at += n;
            if self.replay_at >= self.replay.len() {
                self.replay.clear();
                self.replay_at = 0;
            }
        } else {
            self.input.consume(n);
            self.consumed += n as u64;
        }
    }

    /// Appends the next line, line end included, to `buf`, stopping when `buf` holds `limit`
    /// bytes (one more for the LF of a CRLF). `Err` only for I/O errors.
    pub fn read_line(&mut self, buf: &mut Vec<u8>, limit: usize) -> io::Result<Got> {
        let mut read_any = false;
        loop {
            let room = limit.saturating_sub(buf.len());
            let fresh = !read_any && !self.mid_line;
            let (taken, ended_at_cr, done) = {
                let chunk = self.chunk()?;
                if chunk.is_empty() {
                    self.mid_line = false;
                    return Ok(if read_any { Got::Line } else { Got::End });
                }
                let window = chunk.get(..room.min(chunk.len())).unwrap_or(&[]);
                match line_end(window) {
                    Some(i) => {
                        let cr = window.get(i) == Some(&b'\r');
                        // CRLF is one line end, when both bytes are in this chunk (the LF may
                        // go one byte over the limit).
                        let n = if cr && chunk.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                        let cr_alone = cr && n == i + 1;
                        buf.extend_from_slice(chunk.get(..n).unwrap_or(&[]));
                        (n, cr_alone && n == chunk.len(), true)
                    }
                    None => {
                        buf.extend_from_slice(window);
                        (window.len(), false, false)
                    }
                }
            };
            self.consume(taken);
            if fresh {
                self.line += 1;
            }
            read_any = true;
            if done {
                // A CR at the end of the chunk: its LF, if any, is at the start of the next.
                if ended_at_cr && self.chunk()?.first() == Some(&b'\n') {
                    buf.push(b'\n');
                    self.consume(1);
                }
                self.mid_line = false;
                return Ok(Got::Line);
            }
            if buf.len() >= limit {
                self.mid_line = true;
                return Ok(Got::Partial);
            }
        }
    }

    /// Skips the rest of the current line without keeping it. `false` at the end of the input.
    pub fn skip_line(&mut self, scratch: &mut Vec<u8>) -> io::Result<bool> {
        loop {
            scratch.clear();
            match self.read_line(scratch, SCRATCH)? {
                Got::Line => return Ok(true),
                Got::Partial => continue,
                Got::End => return Ok(false),
            }
        }
    }

    /// Hands `bytes` back, to be read again from the start of a line, and sets the line number
    /// so that the first of them is line `next_line`.
    pub fn replay(&mut self, bytes: &[u8], next_line: u64) {
        let rest = self.replay.get(self.replay_at..).unwrap_or(&[]).to_vec();
        self.replay.clear();
        self.replay.extend_from_slice(bytes);
        self.replay.extend_from_slice(&rest);
        self.replay_at = 0;
        self.mid_line = false;
        self.line = next_line.saturating_sub(1);
    }
}

/// Where the first CR or LF is.
#[cfg(feature = "cli")]
fn line_end(bytes: &[u8]) -> Option<usize> {
    memchr::memchr2(b'\n', b'\r', bytes)
}

#[cfg(not(feature = "cli"))]
fn line_end(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n' || b == b'\r')
}

/// The piece size for skipping: skipped bytes go through a buffer of this size.
pub const SCRATCH: usize = 1 << 16;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of `text` as read with `limit`, and its number.
    fn check(text: &[u8], limit: usize, expected: &[(u64, &str, Got)]) {
        // A one-byte buffer too, so CRLF and the limit are split across reads.
        for capacity in [1, 3, 8192] {
            let mut lines = Lines::new(io::BufReader::with_capacity(capacity, text));
            let mut got = Vec::new();
            loop {
                let mut buf = Vec::new();
                let g = lines.read_line(&mut buf, limit).unwrap();
                if g == Got::End {
                    break;
                }
                got.push((lines.line, String::from_utf8(buf).unwrap(), g));
            }
            let expected: Vec<(u64, String, Got)> = expected.iter().map(|(l, s, g)| (*l, s.to_string(), *g)).collect();
            assert_eq!(got, expected, "buffer of {capacity}");
        }
    }

    #[test]
    fn lf_cr_and_crlf_each_end_a_line() {
        check(
            b"a\nb\rc\r\nd",
            100,
            &[(1, "a\n", Got::Line), (2, "b\r", Got::Line), (3, "c\r\n", Got::Line), (4, "d", Got::Line)],
        );
        check(b"\r\r\n\n", 100, &[(1, "\r", Got::Line), (2, "\r\n", Got::Line), (3, "\n", Got::Line)]);
    }

    #[test]
    fn a_line_over_the_limit_comes_in_pieces_of_the_same_line() {
        check(
            b"abcdefg\nh",
            3,
            &[(1, "abc", Got::Partial), (1, "def", Got::Partial), (1, "g\n", Got::Line), (2, "h", Got::Line)],
        );
    }

    #[test]
    fn a_seekable_input_is_read_again_from_a_position() {
        let mut lines = Lines::seekable(io::Cursor::new(b"a\nbb\nc\n".to_vec()));
        let mut buf = Vec::new();
        lines.read_line(&mut buf, 100).unwrap();
        let second = lines.position();
        assert_eq!(second, 2);
        lines.read_line(&mut buf, 100).unwrap();
        lines.replay(b"bb\n", 2);
        assert_eq!(lines.position(), second);
        lines.read_line(&mut buf, 100).unwrap();
        lines.read_line(&mut buf, 100).unwrap();
        assert!(lines.seek_to(second, 2).unwrap());
        let mut again = Vec::new();
        lines.read_line(&mut again, 100).unwrap();
        assert_eq!((again.as_slice(), lines.line), (&b"bb\n"[..], 2));
        assert!(!Lines::new(&b""[..]).seek_to(0, 1).unwrap());
    }

    #[test]
    fn replayed_bytes_are_read_again_with_their_line_numbers() {
        let mut lines = Lines::new(&b"a\nb\nc\n"[..]);
        let mut buf = Vec::new();
        lines.read_line(&mut buf, 100).unwrap();
        lines.read_line(&mut buf, 100).unwrap();
        assert_eq!((buf.as_slice(), lines.line), (&b"a\nb\n"[..], 2));
        lines.replay(b"b\n", 2);
        let mut again = Vec::new();
        for _ in 0..2 {
            lines.read_line(&mut again, 100).unwrap();
        }
        assert_eq!((again.as_slice(), lines.line), (&b"b\nc\n"[..], 3));
        assert_eq!(lines.read_line(&mut again, 100).unwrap(), Got::End);
    }
}
