import Hummingbird
import NIOCore

/// The site's own stylesheet and script, compiled into the binary: no files beside it, nothing fetched
/// from anywhere else.
enum Assets {
    static func response(_ body: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
