package nl.leerlijn.web.render;

import io.nayuki.qrcodegen.QrCode;

/** QR codes as SVG path data (one square per dark module), drawn by the template at any size. */
public final class QrCodes {
    private QrCodes() {
    }

    /**
     * A QR code with a quiet zone of four modules.
     *
     * @param text what the code holds, e.g. an address
     * @return the SVG path data of the dark modules, in module units
     */
    public static String path(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    d.append('M').append(x + 4).append(',').append(y + 4).append("h1v1h-1z");
                }
            }
        }
        return d.toString();
    }

    /**
     * @param text what the code holds
     * @return the width of the code in modules, with the quiet zone
     */
    public static int size(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM).size + 8;
    }
}
