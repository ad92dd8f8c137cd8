using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace AeI.Crm.Matching.Indexing;

/// <summary>
/// A file-system directory whose inputs read with positional reads (<see cref="RandomAccess"/>,
/// pread on Linux): no lock and no shared file position between threads, and 16 KiB buffers
/// instead of 1 KiB. In Lucene.Net 4.8.0-beta00017, NIOFSDirectory takes a lock per buffer refill
/// and MMapDirectory is slow under parallel search and can crash (apache/lucenenet#1151, #1013);
/// this reads like NIOFS without the lock. Writing is FSDirectory's own.
/// The terms dictionaries, postings lists of documents (and small compound files) are held in memory
/// once read, up to 256 MiB in all: every search looks up each of its words in them, and each lookup
/// on a file-backed input would fill a fresh 16 KiB buffer. Lucene never rewrites a file, so a held
/// copy stays right until the file is deleted.
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path)
{
    private const int BufferBytes = 16 * 1024;
    private const long MaxHeldFileBytes = 64L * 1024 * 1024;
    private const long MaxHeldCompoundBytes = 4L * 1024 * 1024;
    private const long MaxHeldBytes = 256L * 1024 * 1024;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _held = new(StringComparer.Ordinal);
    private long _heldBytes;

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var extension = Path.GetExtension(name);
        // Merges read their inputs once, from start to end, and then delete them: only searches' files are held.
        if (extension is ".tim" or ".tip" or ".doc" or ".cfs" && context?.Context != IOContext.UsageContext.MERGE)
        {
            if (_held.TryGetValue(name, out var held))
            {
                return new MemoryInput($"MemoryInput(path=\"{file}\")", held);
            }

            var size = new FileInfo(file).Length;
            if (size <= (extension == ".cfs" ? MaxHeldCompoundBytes : MaxHeldFileBytes) && Interlocked.Add(ref _heldBytes, size) <= MaxHeldBytes)
            {
                var bytes = File.ReadAllBytes(file);
                var kept = _held.GetOrAdd(name, bytes);
                if (!ReferenceEquals(kept, bytes))
                {
                    // Another search read it at the same time: only one copy counts.
                    Interlocked.Add(ref _heldBytes, -size);
                }

                return new MemoryInput($"MemoryInput(path=\"{file}\")", kept);
            }

            Interlocked.Add(ref _heldBytes, -size);
        }

        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalReadInput($"PositionalReadInput(path=\"{file}\")", handle, RandomAccess.GetLength(handle));
    }

    /// <inheritdoc />
    public override void DeleteFile(string name)
    {
        if (_held.TryRemove(name, out var bytes))
        {
            Interlocked.Add(ref _heldBytes, -bytes.LongLength);
        }

        base.DeleteFile(name);
    }

    /// <summary>An input over a file held in memory; clones share the bytes.</summary>
    private sealed class MemoryInput(string description, byte[] bytes) : IndexInput(description)
    {
        private int _position;

        public override long Length => bytes.Length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > bytes.Length)
            {
                throw new EndOfStreamException($"seek past EOF: {this}");
            }

            _position = (int)pos;
        }

        public override byte ReadByte()
        {
            if (_position >= bytes.Length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            return bytes[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (_position + len > bytes.Length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            Buffer.BlockCopy(bytes, _position, b, offset, len);
            _position += len;
        }

        protected override void Dispose(bool disposing)
        {
            // Nothing to release: the bytes belong to the directory.
        }
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
