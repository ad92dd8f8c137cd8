using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AeI.Crm.Matching.Ranking;

/// <summary>
/// A query evaluated once per segment into a bit set, so the relevance scorer sees it as
/// accepted documents and never scores a person who breaks a hard requirement.
/// </summary>
internal sealed class BitSetFilter(Query query) : Filter
{
    private readonly QueryWrapperFilter _inner = new(query);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var set = _inner.GetDocIdSet(context, acceptDocs);
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        if (set?.GetIterator() is { } it)
        {
            bits.Or(it);
        }

        return bits;
    }
}
