import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates one XML document against an XML Schema with the JDK's own validator (Xerces), so tests check exports
 * against published schemas with a real validator. Usage: java XsdValidate.java SCHEMA_URL DOCUMENT; prints every
 * error as "line:column message" and exits 1 when there was one.
 */
public final class XsdValidate {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java XsdValidate.java SCHEMA_URL DOCUMENT");
      System.exit(2);
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = factory.newSchema(new URL(args[0]));
    Validator validator = schema.newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(new ErrorHandler() {
      @Override public void warning(SAXParseException e) {}
      @Override public void error(SAXParseException e) { errors.add(describe(e)); }
      @Override public void fatalError(SAXParseException e) { errors.add(describe(e)); }
    });
    try {
      validator.validate(new StreamSource(new File(args[1])));
    } catch (SAXParseException e) {
      // Already recorded by the error handler; a fatal error stops the parse.
    }
    for (String error : errors) System.out.println(error);
    System.exit(errors.isEmpty() ? 0 : 1);
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
  }
}
