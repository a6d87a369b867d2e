package org.amodel.examples.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.opentest4j.AssertionFailedError;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the page and its charts back as XML, strictly and without loading anything. */
final class Dom {
  private Dom() {}

  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String SVG = "http://www.w3.org/2000/svg";

  private static final DocumentBuilderFactory FACTORY = factory();

  /** Returns {@code xml} parsed, namespace aware, with DTDs and external entities off; fails the test if it is not well-formed. */
  static Document parse(String xml) {
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("the document names an external entity: " + systemId);
      });
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionFailedError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the elements named {@code localName} in namespace {@code ns} under {@code root}, in document order. */
  static List<Element> elements(Node root, String ns, String localName) {
    NodeList nodes = root instanceof Document d
        ? d.getElementsByTagNameNS(ns, localName)
        : ((Element) root).getElementsByTagNameNS(ns, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** Returns the SVG elements named {@code localName} under {@code root}. */
  static List<Element> svg(Node root, String localName) {
    return elements(root, SVG, localName);
  }

  /** Returns every element of the document. */
  static List<Element> all(Document document) {
    return elements(document, "*", "*");
  }

  /** Returns the element with the attribute {@code id}, if any (no DTD declares ids, so they are searched). */
  static Optional<Element> byId(Document document, String id) {
    return all(document).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst();
  }

  /** Returns the elements whose {@code class} attribute lists {@code cssClass}. */
  static List<Element> withClass(List<Element> elements, String cssClass) {
    return elements.stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
  }

  /** Returns the SVG group {@code <g class="...">} of a chart. */
  static Element group(Node chart, String cssClass) {
    return withClass(svg(chart, "g"), cssClass).stream().findFirst()
        .orElseThrow(() -> new AssertionFailedError("no <g class=\"" + cssClass + "\">"));
  }

  /** Returns the text of the element's first {@code <title>} child. */
  static String tooltip(Element element) {
    return svg(element, "title").stream().findFirst().map(Node::getTextContent)
        .orElseThrow(() -> new AssertionFailedError("no <title> in <" + element.getLocalName() + ">"));
  }

  /** Returns a numeric attribute. */
  static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  /** Asserts that {@code html} loads nothing: no src or href, no url( or @import, no web address but the namespaces. */
  static void assertLoadsNothing(String html) {
    Document page = Dom.parse(html);

    for (Element element : Dom.all(page)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        assertFalse(name.equals("src") || name.equals("href"), element.getLocalName() + " " + name);
        assertFalse(attribute.getValue().toLowerCase().contains("url("), attribute.getValue());
      }
    }
    String style = Dom.elements(page, Dom.XHTML, "style").get(0).getTextContent();
    assertFalse(style.contains("url(") || style.contains("@import") || style.contains("@font-face"), style);
    for (String element : List.of("script", "link", "img", "iframe", "object", "embed", "image", "use")) {
      assertTrue(Dom.elements(page, "*", element).isEmpty(), element);
    }
    Matcher url = Pattern.compile("(?i)https?://[^\\s\"'<>]*").matcher(html);
    while (url.find()) {
      assertTrue(List.of(Dom.XHTML, Dom.SVG).contains(url.group()), url.group());
    }
  }
}
