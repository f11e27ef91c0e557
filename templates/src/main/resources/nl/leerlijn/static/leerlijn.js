// Leerlijn: small progressive enhancements. Every page works without this file.
// Upload forms (class ll-upload) show how far the upload is; without JavaScript they post normally.
(function () {
  'use strict';
  document.querySelectorAll('form.ll-upload').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.XMLHttpRequest || !window.FormData) {
        return;
      }
      event.preventDefault();
      var bar = form.querySelector('.ll-upload__progress');
      if (bar) {
        // Shown at once, without a value (still busy) until the browser knows how far it is.
        bar.hidden = false;
        bar.removeAttribute('value');
      }
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable && bar) {
          bar.value = Math.round(100 * e.loaded / e.total);
        }
      });
      request.addEventListener('load', function () {
        if (request.status >= 200 && request.status < 300 && request.responseURL) {
          window.location.assign(request.responseURL);
        } else {
          // A refused upload comes back as the page with its message at the top: show that message, not the form below.
          document.open();
          document.write(request.responseText);
          document.close();
          window.setTimeout(function () {
            window.scrollTo(0, 0);
            var summary = document.querySelector('.ll-error-summary');
            if (summary) {
              summary.focus();
            }
          }, 0);
        }
      });
      request.addEventListener('error', function () {
        form.submit();
      });
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
      request.send(new FormData(form));
    });
  });
}());
