using System.Text;

namespace Switchboard.MediaLoad;

/// <summary>
/// The bencoding rtpengine's "ng" control protocol speaks: byte strings, integers, lists and dictionaries. Strings
/// decode to <see cref="string"/> (the protocol's values are ASCII/UTF-8 text such as SDP).
/// </summary>
public static class Bencode
{
    /// <summary>Encodes strings, integers, lists and string-keyed dictionaries (keys sorted, as the format requires).</summary>
    public static void Write(StringBuilder output, object value)
    {
        switch (value)
        {
            case string text:
                output.Append(Encoding.UTF8.GetByteCount(text)).Append(':').Append(text);
                break;
            case int or long:
                output.Append('i').Append(value).Append('e');
                break;
            case IEnumerable<KeyValuePair<string, object>> dictionary:
                output.Append('d');
                foreach (var (key, item) in dictionary.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    Write(output, key);
                    Write(output, item);
                }
                output.Append('e');
                break;
            case IEnumerable<object> list:
                output.Append('l');
                foreach (var item in list) Write(output, item);
                output.Append('e');
                break;
            default:
                throw new ArgumentException($"cannot bencode {value.GetType().Name}");
        }
    }

    /// <summary>Decodes one value starting at <paramref name="position"/>, advancing it.</summary>
    public static object Read(string input, ref int position)
    {
        var first = input[position];
        if (first == 'i')
        {
            var end = input.IndexOf('e', position);
            var number = long.Parse(input.AsSpan(position + 1, end - position - 1));
            position = end + 1;
            return number;
        }
        if (first is 'l' or 'd')
        {
            position++;
            var items = new List<object>();
            while (input[position] != 'e') items.Add(Read(input, ref position));
            position++;
            if (first == 'l') return items;
            var dictionary = new Dictionary<string, object>();
            for (var i = 0; i + 1 < items.Count; i += 2) dictionary[(string)items[i]] = items[i + 1];
            return dictionary;
        }
        var colon = input.IndexOf(':', position);
        var length = int.Parse(input.AsSpan(position, colon - position));
        // Lengths count bytes; the protocol's strings here are ASCII, so characters and bytes agree.
        var text = input.Substring(colon + 1, length);
        position = colon + 1 + length;
        return text;
    }
}
