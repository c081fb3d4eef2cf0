// Backchannel's service worker: after a first visit, the app opens again
// with no network (in a lecture hall whose Wi-Fi fails, on a train), and
// the timelines a course page linked with ?data= open too.
//
// The app's own files are kept in a cache named by this build (make web
// writes a hash of the files in place of the word below), served from
// there first; a new build is a new worker, which fetches the new files
// and clears the old ones. Any other file of the site (a course's
// timeline) is fetched from the network first, and kept for when there
// is none.
"use strict";

const build = "@BUILD@";
const appCache = "backchannel-app-" + build;
const siteCache = "backchannel-site";
const appFiles = ["index.html", "wasm_exec.js", "backchannel.wasm", "icon.png", "manifest.webmanifest"];

// appFile names the app's file a request is for ("" for the folder
// itself, which is the page), or null when it is for something else.
function appFile(request) {
  const scope = new URL(self.registration.scope);
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return null;
  }
  const name = url.pathname.slice(scope.pathname.length);
  if (name === "") {
    return "index.html";
  }
  return appFiles.includes(name) ? name : null;
}

self.addEventListener("install", function (event) {
  // The page has just downloaded these files: where the browser's own
  // cache kept them, the site is only asked whether they changed.
  event.waitUntil(caches.open(appCache).then(function (cache) {
    return Promise.all(appFiles.map(function (name) {
      // The page is asked for as the folder, which every host serves (some
      // send index.html to it).
      return fetch(name === "index.html" ? "./" : name, { cache: "no-cache" }).then(function (response) {
        if (!response.ok) {
          throw new Error(name + ": " + response.status);
        }
        // A page that came by a redirect may not answer a visit: kept as
        // plain content.
        if (response.redirected) {
          return response.blob().then(function (body) {
            return cache.put(name, new Response(body, { headers: response.headers }));
          });
        }
        return cache.put(name, response);
      });
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.startsWith("backchannel-app-") && name !== appCache;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return self.clients.claim();
  }).then(keepLinkedTimelines));
});

// keepLinkedTimelines keeps the timelines the open pages were linked to
// (?data=), fetched before this worker was there to keep them.
function keepLinkedTimelines() {
  return self.clients.matchAll({ type: "window" }).then(function (pages) {
    return Promise.all(pages.map(function (page) {
      const link = new URL(page.url).searchParams.get("data");
      if (!link) {
        return null;
      }
      const url = new URL(link, page.url);
      if (url.origin !== self.location.origin) {
        return null;
      }
      return fetch(url, { cache: "no-cache" }).then(function (response) {
        return response.ok ? caches.open(siteCache).then(function (cache) { return cache.put(url, response); }) : null;
      }).catch(function () { return null; });
    }));
  });
}

self.addEventListener("fetch", function (event) {
  const request = event.request;
  const name = appFile(request);
  if (name !== null) {
    event.respondWith(caches.open(appCache).then(function (cache) {
      return cache.match(name).then(function (kept) { return kept || fetch(request); });
    }));
    return;
  }
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      const copy = response.clone();
      caches.open(siteCache).then(function (cache) { return cache.put(request, copy); }).catch(function () {});
    }
    return response;
  }).catch(function (err) {
    return caches.open(siteCache).then(function (cache) {
      return cache.match(request).then(function (kept) {
        if (kept) {
          return kept;
        }
        throw err;
      });
    });
  }));
});
