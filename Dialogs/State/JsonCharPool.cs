using System.Buffers;
using Newtonsoft.Json;

namespace Majordome.Dialogs.State;

/// <summary>
/// Newtonsoft's readers and writers take their character buffers from the shared array pool instead of allocating
/// them for every document: each state property is read and written through its own reader or writer every turn.
/// </summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    /// <summary>The one instance.</summary>
    public static readonly JsonCharPool Instance = new();

    private JsonCharPool()
    {
    }

    /// <inheritdoc />
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
