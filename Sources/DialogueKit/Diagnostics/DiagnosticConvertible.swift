/// A typed error that knows how to describe itself as diagnostics for a given file.
protocol DiagnosticConvertible: Error {
    func diagnostics(file: String) -> [Diagnostic]
}
