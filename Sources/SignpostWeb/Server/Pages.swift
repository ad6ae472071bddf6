import Hummingbird
import NIOCore

/// Responses made from pages: HTML, UTF-8, with its status.
enum Pages {
    static func html(_ page: HTMLNode, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page.document())))
    }

    static func problem(_ settings: SiteSettings, _ problem: WebPhrases.Problem, status: HTTPResponse.Status) -> Response {
        var response = html(ProblemPage(settings: settings, problem: problem).render(), status: status)
        if status == .methodNotAllowed { response.headers[.allow] = "POST" }
        return response
    }
}
