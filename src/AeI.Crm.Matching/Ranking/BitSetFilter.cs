using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// The hard-requirement query evaluated once per segment into a bit set, so the relevance scorer
/// sees it as accepted documents and never scores a person who breaks a hard requirement. The
/// bits of each filter term (a licence, a certificate key, a caseload...) are kept per segment
/// (a segment never changes), so a search only combines them: AND for required clauses, OR for
/// alternatives, then the segment's live documents.
/// </summary>
internal sealed class BitSetFilter(Query query) : Filter
{
    /// <summary>Sparse filters drive the search (the scorer leaps to each eligible person); dense ones are checked per match.</summary>
    public static FilteredQuery.FilterStrategy Strategy { get; } = new SparseFirst();

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) => Evaluate(query, context, acceptDocs);

    /// <summary>The documents of the segment that match the query, among the accepted ones (all when null).</summary>
    public static FixedBitSet Evaluate(Query query, AtomicReaderContext context, IBits? acceptDocs)
    {
        var bits = Evaluate(query, context);
        if (acceptDocs is not null)
        {
            for (var doc = bits.NextSetBit(0); doc >= 0 && doc < bits.Length; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                if (!acceptDocs.Get(doc))
                {
                    bits.Clear(doc);
                }
            }
        }

        return bits;
    }

    /// <summary>A fresh bit set of the documents of the segment the query matches (deleted ones included).</summary>
    private static FixedBitSet Evaluate(Query q, AtomicReaderContext context)
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        switch (q)
        {
            case MatchAllDocsQuery:
            {
                var all = new FixedBitSet(maxDoc);
                all.Set(0, maxDoc);
                return all;
            }

            case TermQuery term:
                return TermBits.For(context.AtomicReader).Get(context.AtomicReader, term.Term).Clone();

            case BooleanQuery boolean when boolean.Clauses.Count > 0:
            {
                FixedBitSet? result = null;
                var should = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
                foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST))
                {
                    var bits = Evaluate(clause.Query, context);
                    if (result is null)
                    {
                        result = bits;
                    }
                    else
                    {
                        result.And(bits);
                    }
                }

                if (result is null || (should.Count > 0 && boolean.MinimumNumberShouldMatch > 0))
                {
                    // Only alternatives (or alternatives that must match): at least one of them.
                    var any = new FixedBitSet(maxDoc);
                    foreach (var clause in should)
                    {
                        any.Or(Evaluate(clause.Query, context));
                    }

                    if (result is null)
                    {
                        result = any;
                    }
                    else
                    {
                        result.And(any);
                    }
                }

                foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT))
                {
                    result.AndNot(Evaluate(clause.Query, context));
                }

                return result;
            }

            case BooleanQuery:
                return new FixedBitSet(maxDoc);

            default:
            {
                var bits = new FixedBitSet(maxDoc);
                if (new QueryWrapperFilter(q).GetDocIdSet(context, null)?.GetIterator() is { } it)
                {
                    bits.Or(it);
                }

                return bits;
            }
        }
    }

    /// <summary>The documents of one segment that hold a term, kept for the segment's life.</summary>
    private sealed class TermBits
    {
        private const int MaxTerms = 1024;
        private static readonly ConditionalWeakTable<object, TermBits> Cache = [];
        private readonly ConcurrentDictionary<Term, FixedBitSet> _bits = new();
        private int _size;

        public static TermBits For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new TermBits());

        /// <summary>
        /// The bits of a term in the segment, read through <paramref name="reader"/>: any open reader
        /// of the segment (readers of one segment come and go as deletions are applied; its terms stay).
        /// </summary>
        public FixedBitSet Get(AtomicReader reader, Term term)
        {
            if (_bits.TryGetValue(term, out var held))
            {
                return held;
            }

            var bits = new FixedBitSet(reader.MaxDoc);
            // Deleted documents are masked later, by the live documents of the reader in use.
            if (reader.GetTermDocsEnum(term) is { } docs)
            {
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    bits.Set(doc);
                }
            }

            if (Volatile.Read(ref _size) >= MaxTerms)
            {
                return bits;
            }

            var kept = _bits.GetOrAdd(term, bits);
            if (ReferenceEquals(kept, bits))
            {
                Interlocked.Increment(ref _size);
            }

            return kept;
        }
    }

    private sealed class SparseFirst : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) =>
            bits is FixedBitSet set && set.Cardinality * 16L >= set.Length;
    }
}

/// <summary>Bit sets already computed for each segment of the reader, by segment order.</summary>
internal sealed class PerSegmentFilter(FixedBitSet[] bySegment) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) => bySegment[context.Ord];
}
