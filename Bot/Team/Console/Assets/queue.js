// The queue reloads itself so that a new request appears without a click (not while a button has the focus).
'use strict';
setInterval(() => {
  if (document.activeElement && document.activeElement.tagName === 'BUTTON') { return; }
  window.location.reload();
}, 10000);
