extension Assets {
    /// The site's icon: a plain signpost shape, so a browser tab shows something neutral rather than
    /// asking for `/favicon.ico` and getting a 404 on every visit.
    static let icon = #"""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d70b8"/><rect x="14" y="6" width="4" height="22" fill="#fff"/><path d="M6 8h18l4 4-4 4H6z" fill="#fff"/></svg>
        """#
}
