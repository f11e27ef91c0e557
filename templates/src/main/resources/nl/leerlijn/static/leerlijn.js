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

// LTI: where a platform's frame gets no cookies, the login's state is kept in the platform's own storage frame
// (LTI client-side postMessages): put there before the login goes on, and checked there before the launch goes on.
(function () {
  'use strict';
  var box = document.getElementById('ll-lti-storage');
  if (!box) {
    return;
  }
  var put = box.dataset.mode === 'put';
  var origins = box.dataset.origins.split(' ');
  var parent = window.parent !== window ? window.parent : window.opener;
  var target = !parent ? null : box.dataset.target === '_parent' ? parent : parent.frames[box.dataset.target];
  var id = 'leerlijn-' + Date.now() + '-' + Math.random().toString(36).slice(2);
  var finished = false;
  function finish(ok) {
    if (finished) {
      return;
    }
    finished = true;
    if (ok) {
      window.location.replace(box.dataset.next);
    } else {
      box.querySelector('[role=status]').hidden = true;
      box.querySelector('.ll-lti-storage__failed').hidden = false;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    // Only the platform answers: a page of another origin that frames this one cannot vouch for the state.
    if (origins.indexOf(event.origin) < 0 || !data || typeof data !== 'object' || data.message_id !== id) {
      return;
    }
    if (put) {
      finish(true);
    } else {
      finish(data.subject === 'lti.get_data.response' && !data.error && data.value === box.dataset.value);
    }
  });
  if (!target) {
    // No platform frame to ask: a login goes on (the cookie may do), a launch cannot be confirmed.
    finish(put);
    return;
  }
  var message = { subject: put ? 'lti.put_data' : 'lti.get_data', message_id: id, key: box.dataset.key };
  if (put) {
    message.value = box.dataset.value;
  }
  // To the platform's origins only (its login, its issuer, the host's framers): the state goes to no other window.
  origins.forEach(function (origin) {
    target.postMessage(message, origin);
  });
  window.setTimeout(function () { finish(put); }, 5000);
}());

// A form that only carries an answer to another site (an LTI deep linking response) goes at once.
(function () {
  'use strict';
  var form = document.querySelector('form.ll-autosubmit');
  if (form) {
    form.submit();
  }
}());

// LTI Dynamic Registration: once Leerlijn is registered, the platform that opened this page may close it.
(function () {
  'use strict';
  if (document.getElementById('ll-lti-registered')) {
    var platform = window.opener || (window.parent !== window ? window.parent : null);
    if (platform) {
      platform.postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
    }
  }
}());
