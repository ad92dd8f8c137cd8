using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// How many people hold a term, per opened index reader: the position's words come back search after
/// search (and field after field), and a reader never changes, so each is looked up once per reader.
/// </summary>
internal static class DocFrequencies
{
    private const int MaxHeld = 100_000;
    private static readonly ConditionalWeakTable<IndexReader, Held> Cache = [];

    /// <summary>The number of documents of the reader that hold the term.</summary>
    public static int Of(IndexReader reader, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var held = Cache.GetValue(reader, _ => new Held());
        if (held.Counts.TryGetValue((field, text), out var df))
        {
            return df;
        }

        df = reader.DocFreq(new Term(field, text));
        // ConcurrentDictionary.Count takes every lock: the entries are counted here instead.
        if (Volatile.Read(ref held.Size) < MaxHeld && held.Counts.TryAdd((field, text), df))
        {
            Interlocked.Increment(ref held.Size);
        }

        return df;
    }

    private sealed class Held
    {
        public readonly ConcurrentDictionary<(string Field, string Text), int> Counts = new();
        public int Size;
    }
}
