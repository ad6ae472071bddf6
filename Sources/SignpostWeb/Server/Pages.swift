import Hummingbird
import NIOCore

/// Responses made from pages: HTML, UTF-8, with its status.
enum Pages {
    static func html(_ page: HTMLNode, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page.document())))
    }

    /// "See other": the browser fetches `location` with a GET, so Back and Reload never post a form again.
    static func redirect(_ location: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(
            status: .seeOther, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: "See " + location.prefix(6) + "\n")))
    }

    static func problem(
        _ settings: SiteSettings, _ problem: WebPhrases.Problem, status: HTTPResponse.Status, allow: String = "POST"
    ) -> Response {
        var response = html(ProblemPage(settings: settings, problem: problem).render(), status: status)
        if status == .methodNotAllowed { response.headers[.allow] = allow }
        return response
    }
}
