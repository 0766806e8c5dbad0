//! Why a file could not be read, and where.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The field, e.g. `documents[0].spans[2].end`; empty for the file as a whole.
    pub path: String,
    /// Line and column (1-based) for errors of JSON syntax or type.
    pub line: Option<(usize, usize)>,
    pub message: String,
}

impl ImportError {
    pub fn at(path: &str, message: impl Into<String>) -> Self {
        ImportError { path: path.to_string(), line: None, message: message.into() }
    }

    pub fn from_serde(e: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let line = (inner.line() > 0).then(|| (inner.line(), inner.column()));
        let mut message = inner.to_string();
        if let Some(cut) = message.rfind(" at line ") {
            message.truncate(cut);
        }
        ImportError { path: if path == "." { String::new() } else { path }, line, message }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some((line, col)) = self.line {
            write!(f, "line {line}, column {col}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}
