package org.agendapack.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;

/**
 * The pages of a PDF as its page tree holds them, walked as it is rather than as its counts say. PDFBox's own
 * walk drops a page whose object cannot be parsed, so every later page would take the wrong number; here such a
 * page keeps its place, as a damaged page. A tree too broken to give its pages (its root is not a page tree, or
 * a branch of it is lost) is replaced by the page objects found in the file, in the order they are numbered, as
 * other PDF readers do.
 */
final class PageTree {

    /** A page of the tree: its page, or (when its object is damaged) an empty page and the reason. */
    record Slot(PDPage page, String damage) {

        boolean damaged() {
            return damage != null;
        }
    }

    private final List<Slot> slots;
    private final String damage;

    private PageTree(List<Slot> slots, String damage) {
        this.slots = List.copyOf(slots);
        this.damage = damage;
    }

    /**
     * The document's pages. The tree is trusted when it holds as many pages as it counts (or more); when it holds
     * fewer, the page objects of the file are taken instead if there are more of them. A document in which no
     * page can be found at all is damaged.
     */
    static PageTree of(PDDocument document) throws DamagedPdfException {
        COSBase root = resolved(document.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES));
        COSDictionary tree = root instanceof COSDictionary dictionary && (isTreeNode(dictionary) || isPage(dictionary))
                ? dictionary : null;
        List<Slot> walked = tree == null ? List.of() : walk(document, tree);
        int counted = tree == null ? 0 : tree.getInt(COSName.COUNT, 0);
        boolean anyRead = walked.stream().anyMatch(slot -> !slot.damaged());
        if (anyRead && walked.size() >= counted) {
            return new PageTree(walked, null);
        }
        List<Slot> found = pageObjects(document);
        if (found.size() > walked.size() || (!anyRead && !found.isEmpty())) {
            return new PageTree(found, "its page tree is damaged: its " + found.size() + " pages were found by "
                    + "their objects, in the order the file numbers them");
        }
        if (!anyRead) {
            throw new DamagedPdfException(walked.isEmpty() ? "damaged PDF: it has no pages"
                    : "damaged PDF: none of its " + walked.size() + " pages can be read");
        }
        return new PageTree(walked, "its page tree holds " + walked.size() + (walked.size() == 1 ? " page" : " pages")
                + ", though it counts " + counted + "; the others could not be found");
    }

    int size() {
        return slots.size();
    }

    /** The page of this 1-based number. */
    Slot slot(int index) {
        return slots.get(index - 1);
    }

    /** What is wrong with the tree as a whole, or null when nothing is. */
    String damage() {
        return damage;
    }

    /**
     * The tree's leaves in order, depth first. A node is walked once, so a tree that contains itself ends; a kid
     * that is not a dictionary (its object is damaged, or missing) is one damaged page.
     */
    private static List<Slot> walk(PDDocument document, COSDictionary root) {
        List<Slot> slots = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            COSBase kid = pending.pop();
            if (!(kid instanceof COSDictionary node)) {
                slots.add(new Slot(new PDPage(), "its page object is damaged"));
            } else if (!isTreeNode(node) && !isPage(node)) {
                slots.add(new Slot(new PDPage(), "its page object is not a page"));
            } else if (isTreeNode(node)) {
                if (seen.add(node)) {
                    COSArray kids = node.getCOSArray(COSName.KIDS);
                    for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                        pending.push(resolved(kids.get(i)));
                    }
                }
            } else {
                slots.add(new Slot(new SharingPage(node, document.getResourceCache()), null));
            }
        }
        return slots;
    }

    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    /**
     * A page: typed so, or without a type (which PDFBox, like other readers, takes for a page), or with what only
     * a page has (its type may be what is damaged).
     */
    private static boolean isPage(COSDictionary node) {
        COSName type = node.getCOSName(COSName.TYPE);
        return type == null || COSName.PAGE.equals(type) || node.containsKey(COSName.CONTENTS)
                || node.containsKey(COSName.MEDIA_BOX);
    }

    /** The object a reference names, or the null object when it names nothing that can be read. */
    private static COSBase resolved(COSBase object) {
        try {
            COSBase named = object instanceof COSObject reference ? reference.getObject() : object;
            return named == null ? COSNull.NULL : named;
        } catch (RuntimeException e) {
            Damage.reason(e);
            return COSNull.NULL;
        }
    }

    /** Every object of the file that is a page, in the order of the object numbers. */
    private static List<Slot> pageObjects(PDDocument document) {
        List<COSObjectKey> keys = new ArrayList<>(document.getDocument().getXrefTable().keySet());
        Collections.sort(keys);
        List<Slot> slots = new ArrayList<>();
        for (COSObjectKey key : keys) {
            COSBase object = resolved(document.getDocument().getObjectFromPool(key));
            if (object instanceof COSDictionary page && COSName.PAGE.equals(page.getCOSName(COSName.TYPE))) {
                slots.add(new Slot(new SharingPage(page, document.getResourceCache()), null));
            }
        }
        return slots;
    }

    /**
     * A page whose resources share the document's cache, as the pages of PDFBox's own walk do (its constructor
     * for that is not public): a font used on every page is then loaded once, not once a page.
     */
    private static final class SharingPage extends PDPage {

        private final ResourceCache cache;

        SharingPage(COSDictionary page, ResourceCache cache) {
            super(page);
            this.cache = cache;
        }

        @Override
        public PDResources getResources() {
            PDResources own = super.getResources();
            return own == null ? null : new PDResources(own.getCOSObject(), cache);
        }
    }
}
