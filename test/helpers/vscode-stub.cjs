// A small stand-in for the `vscode` module, enough for client/src/testing.ts outside VS Code:
// `vscode.tests` records the tree the extension builds and every call a test run receives.
// Only what the client uses is here; a missing member throws, so a new use shows up at once.
'use strict';

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener) => {
      this.listeners.add(listener);
      return { dispose: () => this.listeners.delete(listener) };
    };
  }
  fire(value) {
    for (const l of [...this.listeners]) l(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Uri {
  constructor(scheme, path) {
    this.scheme = scheme;
    this.path = path;
  }
  static parse(text) {
    const m = /^([a-z]+):\/\/(.*)$/.exec(text);
    return m ? new Uri(m[1], m[2]) : new Uri('file', text);
  }
  static joinPath(uri, ...parts) {
    const segments = uri.path.split('/');
    for (const p of parts) {
      if (p === '..') segments.pop();
      else segments.push(p);
    }
    return new Uri(uri.scheme, segments.join('/'));
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}

/** A TestItemCollection: ordered by insertion, replaced whole. */
class Children {
  constructor() {
    this.map = new Map();
  }
  replace(items) {
    this.map = new Map(items.map((i) => [i.id, i]));
  }
  forEach(f) {
    for (const i of this.map.values()) f(i, this);
  }
  get(id) {
    return this.map.get(id);
  }
  get size() {
    return this.map.size;
  }
}

class TestMessage {
  constructor(message) {
    this.message = message;
  }
  static diff(message, expected, actual) {
    return Object.assign(new TestMessage(message), { expectedOutput: expected, actualOutput: actual });
  }
}

/** Every call a test run received, in order, as `[method, item id, ...details]`. */
class TestRun {
  constructor(request) {
    this.request = request;
    this.calls = [];
    this.ended = false;
  }
  enqueued(item) {
    this.calls.push(['enqueued', item.id]);
  }
  started(item) {
    this.calls.push(['started', item.id]);
  }
  passed(item) {
    this.calls.push(['passed', item.id]);
  }
  failed(item, messages) {
    this.calls.push(['failed', item.id, [].concat(messages)]);
  }
  errored(item, messages) {
    this.calls.push(['errored', item.id, [].concat(messages)]);
  }
  appendOutput(text) {
    this.calls.push(['output', null, text]);
  }
  end() {
    this.ended = true;
  }
}

const controllers = [];

const tests = {
  createTestController(id, label) {
    const controller = {
      id,
      label,
      items: new Children(),
      profiles: [],
      runs: [],
      createTestItem: (itemId, itemLabel, uri) => ({ id: itemId, label: itemLabel, uri, children: new Children(), range: undefined }),
      createRunProfile(profileLabel, kind, runHandler, isDefault, tag, supportsContinuousRun) {
        const profile = { label: profileLabel, kind, runHandler, isDefault, supportsContinuousRun };
        controller.profiles.push(profile);
        return profile;
      },
      createTestRun(request) {
        const run = new TestRun(request);
        controller.runs.push(run);
        return run;
      },
      dispose() {},
    };
    controllers.push(controller);
    return controller;
  },
};

const saves = new EventEmitter();
const settings = new Map();
const informationMessages = [];

module.exports = {
  EventEmitter,
  Uri,
  TestMessage,
  TestRunProfileKind: { Run: 1, Debug: 2, Coverage: 3 },
  TestRunRequest: class {
    constructor(include, exclude, profile, continuous) {
      Object.assign(this, { include, exclude, profile, continuous });
    }
  },
  Location: class {
    constructor(uri, range) {
      Object.assign(this, { uri, range });
    }
  },
  CancellationTokenSource: class {
    constructor() {
      this.token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    }
  },
  tests,
  // VS Code's own fallback when no bundle has the message: the English text, {0} filled in.
  l10n: { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i) => (i < args.length ? String(args[i]) : whole)) },
  window: { showInformationMessage: async (text) => void informationMessages.push(text) },
  workspace: {
    workspaceFolders: [{ uri: Uri.parse('file:///ws') }],
    onDidSaveTextDocument: saves.event,
    asRelativePath: (uri) => (typeof uri === 'string' ? uri : uri.path).replace(/^\/ws\/?/, ''),
    getConfiguration: () => ({ get: (key, fallback) => (settings.has(key) ? settings.get(key) : fallback) }),
  },
  /** For the tests: what the stand-in recorded, and a way to save a document. */
  stub: { controllers, informationMessages, settings, save: (uri) => saves.fire({ uri }) },
};
