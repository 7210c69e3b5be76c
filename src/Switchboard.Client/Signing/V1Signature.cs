using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Switchboard.Client.Signing;

/// <summary>
/// The legacy v1 signature of Tencent Cloud APIs (<c>SignatureMethod</c> HmacSHA1 / HmacSHA256):
/// <c>base64(HMAC(SecretKey, METHOD + host + path + "?" + k1=v1&amp;k2=v2…))</c> over every parameter except
/// <c>Signature</c>, keys sorted ordinally, values raw (not URL-encoded).
/// </summary>
/// <remarks>
/// Parameters are sorted by key, not by the joined <c>k=v</c> text: the two orders differ for arrays of eleven
/// or more elements (<c>Ids.1</c> sorts before <c>Ids.10</c>, while <c>Ids.1=…</c> sorts after <c>Ids.10=…</c>),
/// and the official SDKs sort keys. The host is the endpoint as configured, port included.
/// </remarks>
public static class V1Signature
{
    /// <summary>Name of the parameter that carries the signature and is left out of the string to sign.</summary>
    public const string SignatureParameter = "Signature";

    /// <summary>Name of the parameter that selects the HMAC.</summary>
    public const string MethodParameter = "SignatureMethod";

    private const int StackSortLimit = 128;

    /// <summary>Parses a <c>SignatureMethod</c> value (<c>HmacSHA1</c> or <c>HmacSHA256</c>, exact case).</summary>
    public static bool TryParseMethod(ReadOnlySpan<char> name, out V1SignatureMethod method)
    {
        switch (name)
        {
            case "HmacSHA1":
                method = V1SignatureMethod.HmacSHA1;
                return true;
            case "HmacSHA256":
                method = V1SignatureMethod.HmacSHA256;
                return true;
            default:
                method = default;
                return false;
        }
    }

    /// <summary>The wire name of <paramref name="method"/>.</summary>
    public static string MethodName(V1SignatureMethod method) => method switch
    {
        V1SignatureMethod.HmacSHA1 => "HmacSHA1",
        V1SignatureMethod.HmacSHA256 => "HmacSHA256",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Bytes of the raw signature of <paramref name="method"/> (20 or 32).</summary>
    public static int SignatureSize(V1SignatureMethod method) => method switch
    {
        V1SignatureMethod.HmacSHA1 => HMACSHA1.HashSizeInBytes,
        V1SignatureMethod.HmacSHA256 => HMACSHA256.HashSizeInBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The string to sign as text (for clients, logs and tests).</summary>
    /// <param name="method">HTTP method; written in upper case.</param>
    /// <param name="hostWithPort">The endpoint host as configured, with its port if it has one.</param>
    /// <param name="path">The request path, e.g. <c>/</c>.</param>
    /// <param name="parameters">Every request parameter, decoded; a <c>Signature</c> entry is ignored.</param>
    public static string BuildStringToSign(string method, string hostWithPort, string path,
        IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(GetMaxStringToSignByteCount(method, hostWithPort, path, parameters));
        try
        {
            int length = WriteStringToSign(method, hostWithPort, path, parameters, buffer);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>An upper bound of the UTF-8 length of the string to sign, for sizing the destination.</summary>
    public static int GetMaxStringToSignByteCount(ReadOnlySpan<char> method, ReadOnlySpan<char> hostWithPort,
        ReadOnlySpan<char> path, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        int chars = method.Length + hostWithPort.Length + path.Length + 1;
        for (int i = 0; i < parameters.Count; i++)
        {
            chars += parameters[i].Key.Length + parameters[i].Value.Length + 2;
        }
        return Encoding.UTF8.GetMaxByteCount(chars);
    }

    /// <summary>Writes the UTF-8 string to sign into <paramref name="destination"/>.</summary>
    /// <returns>Bytes written.</returns>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="GetMaxStringToSignByteCount"/>.</exception>
    public static int WriteStringToSign(ReadOnlySpan<char> method, ReadOnlySpan<char> hostWithPort,
        ReadOnlySpan<char> path, IReadOnlyList<KeyValuePair<string, string>> parameters, Span<byte> destination)
    {
        if (destination.Length < GetMaxStringToSignByteCount(method, hostWithPort, path, parameters))
        {
            throw new ArgumentException("The destination is too short for the string to sign.", nameof(destination));
        }
        int length = Utf8Text.Write(method, destination);
        Utf8Text.ToUpperAscii(destination[..length]);
        length += Utf8Text.Write(hostWithPort, destination[length..]);
        length += Utf8Text.Write(path, destination[length..]);
        destination[length++] = (byte)'?';

        int[]? rented = parameters.Count > StackSortLimit ? ArrayPool<int>.Shared.Rent(parameters.Count) : null;
        Span<int> order = rented is null ? stackalloc int[StackSortLimit] : rented;
        order = order[..parameters.Count];
        try
        {
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            SortByKey(order, parameters);
            bool first = true;
            foreach (int index in order)
            {
                var (key, value) = parameters[index];
                if (key == SignatureParameter)
                {
                    continue;
                }
                if (!first)
                {
                    destination[length++] = (byte)'&';
                }
                first = false;
                length += Utf8Text.Write(key, destination[length..]);
                destination[length++] = (byte)'=';
                length += Utf8Text.Write(value, destination[length..]);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
        return length;
    }

    /// <summary>Computes the raw HMAC of <paramref name="stringToSign"/> into <paramref name="destination"/>.</summary>
    /// <returns>Bytes written, <see cref="SignatureSize"/> of the method.</returns>
    public static int ComputeSignature(V1SignatureMethod method, ReadOnlySpan<byte> secretKeyUtf8,
        ReadOnlySpan<byte> stringToSign, Span<byte> destination) => method switch
    {
        V1SignatureMethod.HmacSHA1 => HMACSHA1.HashData(secretKeyUtf8, stringToSign, destination),
        V1SignatureMethod.HmacSHA256 => HMACSHA256.HashData(secretKeyUtf8, stringToSign, destination),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The base64 signature that goes into the <c>Signature</c> parameter.</summary>
    public static string Sign(V1SignatureMethod method, ReadOnlySpan<byte> secretKeyUtf8, string stringToSign)
    {
        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        int length = ComputeSignature(method, secretKeyUtf8, Encoding.UTF8.GetBytes(stringToSign), signature);
        return Convert.ToBase64String(signature[..length]);
    }

    /// <summary>
    /// Orders parameter indices by key, ordinally (UTF-16 code units, as the node SDK's <c>Array.sort</c>); equal
    /// keys keep their received order so the result is deterministic. Typical requests carry a dozen parameters:
    /// an insertion sort handles them without the delegate a comparer-based sort would allocate.
    /// </summary>
    private static void SortByKey(Span<int> order, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (order.Length > StackSortLimit)
        {
            SortMany(order, parameters);
            return;
        }
        for (int i = 1; i < order.Length; i++)
        {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && Compare(parameters, order[j], current) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
    }

    /// <summary>Kept apart: a lambda's closure is allocated on entry to the method that declares it.</summary>
    private static void SortMany(Span<int> order, IReadOnlyList<KeyValuePair<string, string>> parameters)
        => order.Sort((x, y) => Compare(parameters, x, y));

    private static int Compare(IReadOnlyList<KeyValuePair<string, string>> parameters, int x, int y)
    {
        int byKey = string.CompareOrdinal(parameters[x].Key, parameters[y].Key);
        return byKey != 0 ? byKey : x.CompareTo(y);
    }
}
