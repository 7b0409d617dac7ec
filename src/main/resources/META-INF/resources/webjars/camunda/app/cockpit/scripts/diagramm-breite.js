/*
 * Fachkraft im Fokus: Cockpit opens a diagram fitted to the whole viewport, which for the wide
 * process models of the platform leaves it small. This bpmn-js module (config.js bpmnJs
 * additionalModules) fits it to the width instead, once after each import; zooming by hand stays.
 */
function FitWidth(eventBus, canvas) {
  eventBus.on('import.done', 500, () => {
    // after Cockpit's own fit-viewport
    setTimeout(() => {
      const box = canvas.viewbox();
      if (!box.inner || !box.inner.width || !box.outer.width) {
        return;
      }
      const margin = 20;
      const zoom = (box.outer.width - 2 * margin) / box.inner.width;
      canvas.viewbox({
        x: box.inner.x - margin / zoom,
        y: box.inner.y - margin / zoom,
        width: box.outer.width / zoom,
        height: box.outer.height / zoom
      });
      document.body.setAttribute('data-fkif-diagramm', 'breite');
    }, 100);
  });
}
FitWidth.$inject = ['eventBus', 'canvas'];

export default {
  __init__: ['fkifFitWidth'],
  fkifFitWidth: ['type', FitWidth]
};
