// The PouchDB side of the sync benchmarks, against a running pouchdb-server (plain HTTP on
// loopback; run-sync-bench.sh starts it). Documents have the same fields and sizes as FitFlow's
// benchmark clients (tests/bench/sync/SampleClients.cpp). Prints one JSON line of seconds.
//
//   node bench-pouchdb.mjs --url http://127.0.0.1:PORT --count 10000 --dir /tmp/work
//
// Measured:
//   bulk_docs_push_s   the documents POSTed to /_bulk_docs in 200-document batches (fetch);
//   replicate_push_s   a local PouchDB (LevelDB) holding them replicates to the server with
//                      batch_size 200 (_revs_diff + _bulk_docs + checkpoints): FitFlow's analogue;
//   replicate_pull_s   a fresh local PouchDB (LevelDB) pulls them (batch_size 1000, like FitFlow's
//                      1000-row pages);
//   nothing_new_ms     median and p95 of repeated pulls into that up-to-date PouchDB.
import PouchDB from 'pouchdb-node';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const kPushBatch = 200;
const kPullBatch = 1000;
const kNothingNewRounds = 20;

function option(name) {
    const index = process.argv.indexOf(`--${name}`);
    if (index < 0 || index + 1 >= process.argv.length) {
        throw new Error(`missing option --${name}`);
    }
    return process.argv[index + 1];
}

const kFirstNames = ['Amélie', 'Benjamin', 'Chloé', 'Daniel', 'Emma', 'Félix', 'Gabriel', 'Hannah'];
const kLastNames = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie'];

function asciiLower(text) {
    return text.normalize('NFD').replace(/[^\x00-\x7f]/g, '').toLowerCase();
}

function sampleClient(index) {
    const first = kFirstNames[index % 8];
    const last = kLastNames[Math.floor(index / 8) % 8];
    return {
        _id: randomUUID(),
        first_name: first,
        last_name: last,
        email: `${asciiLower(first)}.${asciiLower(last)}.${index}@clients.example.com`,
        phone: `+1 514 555 ${String(index % 10000).padStart(4, '0')}`,
    };
}

async function request(url, method, body) {
    const response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
        throw new Error(`${method} ${url}: HTTP ${response.status} ${await response.text()}`);
    }
    return response.json();
}

async function bulkDocsPush(serverUrl, docs) {
    const db = `${serverUrl}/bench_bulk_docs`;
    await request(db, 'PUT');
    const start = performance.now();
    for (let i = 0; i < docs.length; i += kPushBatch) {
        const answers = await request(`${db}/_bulk_docs`, 'POST', { docs: docs.slice(i, i + kPushBatch) });
        if (answers.some((answer) => answer.error)) {
            throw new Error(`_bulk_docs refused a document: ${JSON.stringify(answers.find((a) => a.error))}`);
        }
    }
    return (performance.now() - start) / 1000;
}

async function replicatePush(serverUrl, docs, dir) {
    const local = new PouchDB(join(dir, 'push-source'));
    for (let i = 0; i < docs.length; i += kPushBatch) {
        await local.bulkDocs(docs.slice(i, i + kPushBatch));
    }
    const remote = `${serverUrl}/bench_replicated`;
    const start = performance.now();
    const result = await local.replicate.to(remote, { batch_size: kPushBatch, batches_limit: 1 });
    const seconds = (performance.now() - start) / 1000;
    if (result.docs_written !== docs.length) {
        throw new Error(`replication wrote ${result.docs_written} of ${docs.length} documents`);
    }
    await local.close();
    return seconds;
}

async function replicatePull(serverUrl, count, dir) {
    const local = new PouchDB(join(dir, 'pull-target'));
    const remote = `${serverUrl}/bench_replicated`;
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    const result = await local.replicate.from(remote, { batch_size: kPullBatch });
    const seconds = (performance.now() - start) / 1000;
    if (result.docs_written !== count) {
        throw new Error(`pull wrote ${result.docs_written} of ${count} documents`);
    }
    const rssAfter = process.memoryUsage().rss;
    const nothingNew = [];
    for (let i = 0; i < kNothingNewRounds; ++i) {
        const roundStart = performance.now();
        const again = await local.replicate.from(remote, { batch_size: kPullBatch });
        nothingNew.push(performance.now() - roundStart);
        if (again.docs_written !== 0) {
            throw new Error('a nothing-new pull wrote documents');
        }
    }
    await local.close();
    nothingNew.sort((a, b) => a - b);
    const rank = (fraction) => nothingNew[Math.max(1, Math.ceil(fraction * nothingNew.length)) - 1];
    return {
        seconds,
        rssGrowthKib: Math.round((rssAfter - rssBefore) / 1024),
        nothingNewMedianMs: rank(0.5),
        nothingNewP95Ms: rank(0.95),
    };
}

async function main() {
    const serverUrl = option('url');
    const count = Number.parseInt(option('count'), 10);
    const dir = option('dir');
    mkdirSync(dir, { recursive: true });
    const docs = Array.from({ length: count }, (_, index) => sampleClient(index));
    const bulkDocsSeconds = await bulkDocsPush(serverUrl, docs);
    const pushSeconds = await replicatePush(serverUrl, docs.map((doc) => ({ ...doc, _id: randomUUID() })), dir);
    const pull = await replicatePull(serverUrl, count, dir);
    console.log(JSON.stringify({
        benchmark: 'pouchdb',
        documents: count,
        bulk_docs_push_s: bulkDocsSeconds,
        replicate_push_s: pushSeconds,
        replicate_pull_s: pull.seconds,
        pull_docs_per_s: count / pull.seconds,
        pull_rss_growth_kib: pull.rssGrowthKib,
        nothing_new_median_ms: pull.nothingNewMedianMs,
        nothing_new_p95_ms: pull.nothingNewP95Ms,
    }));
}

main().catch((error) => {
    console.error(`bench-pouchdb: ${error.message}`);
    process.exit(1);
});
