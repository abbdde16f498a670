#!/usr/bin/env python3
"""The BERTopic recipe (Grootendorst 2022) built from Debian's scikit-learn, as a peer of voxpop.

BERTopic: sentence embeddings -> UMAP -> HDBSCAN -> class-based TF-IDF labels. What Debian 12
offers instead, and what this script does:

  1. vectors: TF-IDF (sublinear tf, stop words, terms in >= 2 documents) -> TruncatedSVD to 100
     dimensions -> unit length (LSA, the scikit-learn text-clustering recipe). No sentence encoder:
     none can be installed here (no PyPI, no model download), so LSA stands in for embeddings;
  2. UMAP with BERTopic's defaults (n_neighbors=15, n_components=5, min_dist=0.0, cosine), when
     Debian's umap-learn is installed (package `umap-learn`); with a random_state UMAP runs on one
     thread, which is what makes it reproducible;
  3. clustering: HDBSCAN is not available (scikit-learn 1.2.1 has no sklearn.cluster.HDBSCAN, which
     came in 1.3, and Debian 12 packages no `hdbscan`), so KMeans with K = the true number of
     classes (BERTopic documents `hdbscan_model=KMeans(n_clusters=K)` for this), n_init=10;
  4. labels: c-TF-IDF as BERTopic computes it: term counts per cluster, L1-normalised per cluster,
     times log(1 + average words per cluster / the term's count over all clusters); the five best
     terms label a cluster.

Reads DOCS_TSV (id TAB text per line) and writes OUT_DIR/assignments.tsv (id TAB cluster),
clusters.tsv (cluster TAB label) and peer.json (stage times and what ran). A document with no term
left goes to `other`. Every random choice takes --seed.

usage: bertopic_style.py DOCS_TSV OUT_DIR --k K [--seed 42] [--stopwords FILE]
                         [--umap auto|on|off] [--dimensions 100]
"""
import argparse
import json
import os
import sys
import time


def progress(stage, seconds):
    """One line per stage on standard error: where a run that was stopped got to."""
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    sys.stderr.write("bertopic_style: %s done in %.1f s, peak resident %d MB\n" % (stage, seconds, peak))
    sys.stderr.flush()


def read_docs(path):
    ids, texts = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            tab = line.find("\t")
            if tab < 0:
                raise SystemExit("%s: a line without a tab after the id" % path)
            ids.append(line[:tab])
            texts.append(line[tab + 1:])
    return ids, texts


def read_stopwords(path):
    if not path:
        return []
    with open(path, encoding="utf-8") as f:
        return sorted({w.strip().lower() for w in f if w.strip()})


def c_tf_idf(counts, labels, k):
    """Class-based TF-IDF (BERTopic's ClassTfidfTransformer, bm25 and reduce_frequent off)."""
    import numpy as np
    import scipy.sparse as sp

    n = counts.shape[0]
    member = sp.csr_matrix((np.ones(n, dtype=np.float64), (labels, np.arange(n))), shape=(k, n))
    per_class = (member @ counts).tocsr()  # k x terms
    tf = per_class.multiply(1.0 / np.maximum(per_class.sum(axis=1), 1)).tocsr()
    freq = np.asarray(per_class.sum(axis=0)).ravel()
    avg = per_class.sum() / k
    idf = np.log(1 + avg / np.maximum(freq, 1))
    return tf.multiply(idf).tocsr()


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("docs")
    p.add_argument("out")
    p.add_argument("--k", type=int, required=True)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--stopwords")
    p.add_argument("--umap", choices=["auto", "on", "off"], default="auto")
    p.add_argument("--dimensions", type=int, default=100)
    a = p.parse_args(argv)
    if a.k < 1:
        raise SystemExit("--k must be at least 1")

    times = {}
    t = time.perf_counter()
    import numpy as np
    import sklearn
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, ENGLISH_STOP_WORDS
    from sklearn.preprocessing import Normalizer

    umap = None
    if a.umap != "off":
        try:
            import umap as umap_module  # Debian: umap-learn
            umap = umap_module
        except ImportError:
            if a.umap == "on":
                raise SystemExit("--umap on, but umap-learn is not installed (apt-get install umap-learn)")
    times["import_s"] = time.perf_counter() - t
    progress("import", times["import_s"])

    t = time.perf_counter()
    ids, texts = read_docs(a.docs)
    stop = sorted(set(read_stopwords(a.stopwords)) | set(ENGLISH_STOP_WORDS))
    times["read_s"] = time.perf_counter() - t
    progress("read", times["read_s"])

    t = time.perf_counter()
    counter = CountVectorizer(lowercase=True, stop_words=stop, min_df=2, dtype=np.float32)
    counts = counter.fit_transform(texts)
    vocab = counter.get_feature_names_out()
    del texts
    nonempty = np.flatnonzero(counts.getnnz(axis=1) > 0)
    tfidf = TfidfTransformer(sublinear_tf=True).fit_transform(counts[nonempty])
    dims = max(2, min(a.dimensions, tfidf.shape[1] - 1, len(nonempty) - 1))
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", random_state=a.seed)
    x = Normalizer(copy=False).fit_transform(svd.fit_transform(tfidf).astype(np.float32))
    del tfidf
    times["vectors_s"] = time.perf_counter() - t
    progress("vectors", times["vectors_s"])

    used_umap = False
    if umap is not None and len(nonempty) > 20:
        t = time.perf_counter()
        reducer = umap.UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine",
                            random_state=a.seed)
        x = reducer.fit_transform(x)
        used_umap = True
        times["umap_s"] = time.perf_counter() - t
        progress("umap", times["umap_s"])

    t = time.perf_counter()
    k = min(a.k, len(nonempty))
    km = KMeans(n_clusters=k, n_init=10, random_state=a.seed)
    labels = km.fit_predict(x)
    times["cluster_s"] = time.perf_counter() - t
    progress("cluster", times["cluster_s"])

    t = time.perf_counter()
    scores = c_tf_idf(counts[nonempty], labels, k)
    names = []
    for c in range(k):
        row = scores.getrow(c)
        order = row.indices[np.argsort(-row.data, kind="stable")][:5]
        names.append(" ".join(vocab[j] for j in order))
    times["labels_s"] = time.perf_counter() - t
    progress("labels", times["labels_s"])

    os.makedirs(a.out, exist_ok=True)
    cluster_of = ["other"] * len(ids)
    for row, c in zip(nonempty, labels):
        cluster_of[row] = "k%d" % c
    with open(os.path.join(a.out, "assignments.tsv"), "w", encoding="utf-8") as f:
        for i, c in zip(ids, cluster_of):
            f.write("%s\t%s\n" % (i, c))
    with open(os.path.join(a.out, "clusters.tsv"), "w", encoding="utf-8") as f:
        for c in range(k):
            f.write("k%d\t%s\n" % (c, names[c]))
    meta = {key: round(v, 2) for key, v in times.items()}
    meta.update({
        "sklearn": sklearn.__version__,
        "umap": used_umap,
        "umap_version": getattr(umap, "__version__", "") if used_umap else "",
        "clustering": "KMeans(n_clusters=%d, n_init=10)" % k,
        "svd_dimensions": int(dims),
        "vocabulary": int(len(vocab)),
        "documents_without_terms": int(len(ids) - len(nonempty)),
    })
    with open(os.path.join(a.out, "peer.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
