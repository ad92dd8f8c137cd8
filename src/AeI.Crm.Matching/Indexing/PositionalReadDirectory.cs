using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// A file-system directory whose inputs read with positional reads (<see cref="RandomAccess"/>,
/// pread on Linux): no lock and no shared file position between threads, and 16 KiB buffers
/// instead of 1 KiB. In Lucene.Net 4.8.0-beta00017, NIOFSDirectory takes a lock per buffer refill
/// and MMapDirectory is slow under parallel search and can crash (apache/lucenenet#1151, #1013);
/// this reads like NIOFS without the lock. Writing is FSDirectory's own.
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path)
{
    private const int BufferBytes = 16 * 1024;

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalReadInput($"PositionalReadInput(path=\"{file}\")", handle, RandomAccess.GetLength(handle));
    }

    private sealed class PositionalReadInput(string description, SafeFileHandle handle, long length) : BufferedIndexInput(description, BufferBytes)
    {
        private bool _isClone;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            // Called with Position at the first byte to read (Lucene's BufferedIndexInput contract).
            var position = Position;
            if (position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var span = b.AsSpan(offset, count);
            while (span.Length > 0)
            {
                var read = RandomAccess.Read(handle, span, position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this}");
                }

                span = span[read..];
                position += read;
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Positional reads need no seek.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone)
            {
                handle.Dispose();
            }
        }
    }
}
