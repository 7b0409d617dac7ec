package de.fachkraftimfokus.models;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InteractionNode;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The diagram must look right in Modeler, Cockpit and the rendered pictures (DESIGN.md §4): every
 * flow node and sequence flow has diagram interchange; no two shapes overlap (a boundary event on
 * its host and an element inside its expanded sub-process are fine; labels are ignored); no edge
 * runs through a shape other than its own source and target.
 */
final class LayoutCheck {

  /** Edges may dock on a shape's border; only crossing its inner part counts. */
  private static final double EDGE_TOLERANCE = 4;
  /** Overlaps of a pixel or less are rounding, not layout. */
  private static final double OVERLAP_TOLERANCE = 1;

  private final String file;
  private final BpmnModelInstance model;
  private final List<Finding> findings = new ArrayList<>();

  LayoutCheck(String file, BpmnModelInstance model) {
    this.file = file;
    this.model = model;
  }

  private record Placed(BaseElement element, ModelElementInstance plane, Rectangle2D box) {}

  List<Finding> check() {
    Map<String, Placed> shapes = new LinkedHashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      Bounds bounds = shape.getBounds();
      if (element == null || bounds == null) {
        continue;
      }
      shapes.put(element.getId(), new Placed(element, shape.getParentElement(),
          new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight())));
    }
    Map<String, BpmnEdge> edges = new LinkedHashMap<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        edges.put(edge.getBpmnElement().getId(), edge);
      }
    }

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.containsKey(node.getId())) {
        add(ModelValidator.describe(node), "Das Element hat keine Diagramm-Information und ist im Modeler unsichtbar",
            "die Datei im Modeler öffnen, das Element neu platzieren (oder löschen und neu zeichnen) und speichern");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      BpmnEdge edge = edges.get(flow.getId());
      if (edge == null || edge.getWaypoints().size() < 2) {
        add(flow.getId() + " (" + flow.getSource().getId() + " → " + flow.getTarget().getId() + ")",
            "Der Sequenzfluss hat keine Diagramm-Information und ist im Modeler unsichtbar",
            "den Fluss im Modeler löschen und neu zeichnen");
      }
    }

    List<Placed> solid = shapes.values().stream().filter(p -> isSolid(p.element())).toList();
    for (int i = 0; i < solid.size(); i++) {
      for (int j = i + 1; j < solid.size(); j++) {
        Placed a = solid.get(i);
        Placed b = solid.get(j);
        if (a.plane() != b.plane() || mayOverlap(a.element(), b.element())) {
          continue;
        }
        Rectangle2D overlap = a.box().createIntersection(b.box());
        if (overlap.getWidth() > OVERLAP_TOLERANCE && overlap.getHeight() > OVERLAP_TOLERANCE) {
          add(ModelValidator.describe(a.element()), "überlappt " + ModelValidator.describe(b.element())
                  + " (bei x=" + (int) overlap.getX() + ", y=" + (int) overlap.getY() + ")",
              "im Modeler die Elemente auseinanderschieben, bis nichts mehr übereinander liegt");
        }
      }
    }

    for (Map.Entry<String, BpmnEdge> entry : edges.entrySet()) {
      BaseElement flow = entry.getValue().getBpmnElement();
      BaseElement source;
      BaseElement target;
      if (flow instanceof SequenceFlow sequenceFlow) {
        source = sequenceFlow.getSource();
        target = sequenceFlow.getTarget();
      } else if (flow instanceof MessageFlow messageFlow) {
        source = asElement(messageFlow.getSource());
        target = asElement(messageFlow.getTarget());
      } else {
        continue;
      }
      Set<BaseElement> own = new HashSet<>();
      own.add(source);
      own.add(target);
      for (BaseElement end : List.of(source, target)) {
        own.addAll(ancestors(end));
        if (end instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
          own.add(boundary.getAttachedTo());
        }
      }
      ModelElementInstance plane = entry.getValue().getParentElement();
      List<Waypoint> points = new ArrayList<>(entry.getValue().getWaypoints());
      Set<String> reported = new HashSet<>();
      for (int k = 0; k + 1 < points.size(); k++) {
        Line2D segment = new Line2D.Double(points.get(k).getX(), points.get(k).getY(), points.get(k + 1).getX(), points.get(k + 1).getY());
        for (Placed shape : solid) {
          if (shape.plane() != plane || own.contains(shape.element()) || reported.contains(shape.element().getId())) {
            continue;
          }
          Rectangle2D inner = shrink(shape.box());
          if (inner != null && inner.intersectsLine(segment)) {
            reported.add(shape.element().getId());
            add(flow.getId() + " (" + source.getId() + " → " + target.getId() + ")",
                "Die Verbindung läuft durch " + ModelValidator.describe(shape.element()),
                "im Modeler die Verbindung um das Element herumführen (Knickpunkte ziehen) oder die Elemente verschieben");
          }
        }
      }
    }
    return findings;
  }

  private static BaseElement asElement(InteractionNode node) {
    return node instanceof BaseElement element ? element : null;
  }

  private static boolean isSolid(BaseElement element) {
    return element instanceof FlowNode
        || element instanceof Artifact
        || element instanceof DataObjectReference
        || element instanceof DataStoreReference;
  }

  /** A boundary event sits on its host; an element inside an expanded sub-process sits on it. */
  private static boolean mayOverlap(BaseElement a, BaseElement b) {
    if (a instanceof BoundaryEvent boundary && boundary.getAttachedTo() == b) {
      return true;
    }
    if (b instanceof BoundaryEvent boundary && boundary.getAttachedTo() == a) {
      return true;
    }
    return ancestors(a).contains(b) || ancestors(b).contains(a);
  }

  private static Collection<BaseElement> ancestors(BaseElement element) {
    List<BaseElement> result = new ArrayList<>();
    if (element == null) {
      return result;
    }
    ModelElementInstance current = element.getParentElement();
    while (current != null) {
      if (current instanceof FlowNode node) {
        result.add(node);
      }
      current = current.getParentElement();
    }
    if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
      result.addAll(ancestors(boundary.getAttachedTo()));
    }
    return result;
  }

  private static Rectangle2D shrink(Rectangle2D box) {
    double width = box.getWidth() - 2 * EDGE_TOLERANCE;
    double height = box.getHeight() - 2 * EDGE_TOLERANCE;
    if (width <= 0 || height <= 0) {
      return null;
    }
    return new Rectangle2D.Double(box.getX() + EDGE_TOLERANCE, box.getY() + EDGE_TOLERANCE, width, height);
  }

  private void add(String element, String problem, String fix) {
    findings.add(new Finding(file, element, problem, fix));
  }
}
