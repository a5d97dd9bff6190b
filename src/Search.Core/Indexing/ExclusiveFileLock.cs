namespace Search.Core.Indexing;

/// <summary>One lock of <see cref="ExclusiveFileLockFactory"/>: held while its lock file is open with <see cref="FileShare.None"/>.</summary>
internal sealed class ExclusiveFileLock(string path) : Lucene.Net.Store.Lock
{
    private readonly System.Threading.Lock gate = new();
    private FileStream? held;

    public override bool Obtain()
    {
        lock (gate)
        {
            FailureReason = null;
            if (held is not null)
            {
                return false;
            }

            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                FailureReason = ex;
                return false;
            }
        }
    }

    public override bool IsLocked()
    {
        lock (gate)
        {
            if (held is not null)
            {
                return true;
            }

            try
            {
                using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (gate)
            {
                held?.Dispose();
                held = null;
            }
        }
    }

    public override string ToString() => $"{nameof(ExclusiveFileLock)}@{path}";
}
