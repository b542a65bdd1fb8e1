package org.masthead.sitemap;

import org.masthead.common.XmlText;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Sitemaps as XML, through a StAX writer: every address and title escaped, dates in W3C Datetime (UTC). */
public final class SitemapXml {
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {}

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** A sitemap index: each sitemap's address and last change. */
    public static byte[] index(List<Location> sitemaps) {
        return document("sitemapindex", false, xml -> {
            for (Location sitemap : sitemaps) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", sitemap.loc());
                element(xml, "lastmod", date(sitemap.lastModified()));
                xml.writeEndElement();
            }
        });
    }

    /** A sitemap: each address and its last change. */
    public static byte[] urls(List<Location> urls) {
        return document("urlset", false, xml -> {
            for (Location url : urls) {
                xml.writeStartElement("url");
                element(xml, "loc", url.loc());
                element(xml, "lastmod", date(url.lastModified()));
                xml.writeEndElement();
            }
        });
    }

    /** A Google News sitemap: each article with the publication's name and language, its date and title. */
    public static byte[] news(List<NewsArticle> articles, String publication, String language) {
        return document("urlset", true, xml -> {
            for (NewsArticle article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", article.loc());
                xml.writeStartElement(NEWS, "news");
                xml.writeStartElement(NEWS, "publication");
                xml.writeStartElement(NEWS, "name");
                xml.writeCharacters(XmlText.clean(publication));
                xml.writeEndElement();
                xml.writeStartElement(NEWS, "language");
                xml.writeCharacters(language);
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement(NEWS, "publication_date");
                xml.writeCharacters(date(article.published()));
                xml.writeEndElement();
                xml.writeStartElement(NEWS, "title");
                xml.writeCharacters(XmlText.clean(article.title()));
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    private static byte[] document(String root, boolean news, Body body) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAPS);
            if (news) {
                xml.setPrefix("news", NEWS);
                xml.writeNamespace("news", NEWS);
            }
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a sitemap could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static String date(Instant instant) {
        return instant.toString();
    }
}
