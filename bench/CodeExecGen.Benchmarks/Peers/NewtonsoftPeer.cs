using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace CodeExecGen.Benchmarks.Peers;

/// <summary>
/// Newtonsoft.Json (what Google's Discovery-based .NET clients use) from and to UTF-8 bytes, as a user
/// reading an HTTP body would call it. It drops unknown fields (no extension dictionary of its kind here).
/// </summary>
public static class NewtonsoftPeer
{
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    public static PocoResponse? Read(byte[] utf8)
    {
        using var text = new StreamReader(new MemoryStream(utf8), Encoding.UTF8);
        using var reader = new JsonTextReader(text);
        return Serializer.Deserialize<PocoResponse>(reader);
    }

    public static byte[] Write(PocoResponse value)
    {
        var bytes = new MemoryStream();
        using (var text = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true))
        using (var writer = new JsonTextWriter(text))
        {
            Serializer.Serialize(writer, value);
        }

        return bytes.ToArray();
    }
}
