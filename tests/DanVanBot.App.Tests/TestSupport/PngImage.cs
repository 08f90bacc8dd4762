using System.Buffers.Binary;
using System.IO.Compression;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// A small PNG reader for checking the committed icons without an image library or rasteriser: 8-bit,
/// non-interlaced greyscale, RGB and RGBA (what rsvg-convert writes), decoded to RGBA.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private readonly byte[] rgba;

    private PngImage(int width, int height, bool hasAlpha, byte[] rgba)
    {
        Width = width;
        Height = height;
        HasAlpha = hasAlpha;
        this.rgba = rgba;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Whether the file itself has an alpha channel (colour type 4 or 6).</summary>
    public bool HasAlpha { get; }

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 4;
            return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => this[i % Width, i / Width]);

    public static PngImage Decode(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("Not a PNG file.");
        int width = 0, height = 0, colorType = -1;
        using var compressed = new MemoryStream();
        for (var pos = 8; pos + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(file, pos + 4, 4);
            var data = file.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                colorType = data[9];
                if (data[8] != 8 || data[12] != 0) throw new NotSupportedException("Only 8-bit, non-interlaced PNGs are read here.");
            }
            else if (type == "IDAT") compressed.Write(data);
            else if (type == "IEND") break;
            pos += 12 + length;
        }

        var channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {colorType}.") };
        var raw = Inflate(compressed.ToArray());
        var pixels = Unfilter(raw, width, height, channels);
        return new PngImage(width, height, colorType is 4 or 6, ToRgba(pixels, channels));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Undoes the per-row filters (none, sub, up, average, Paeth) of the PNG specification.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = result.AsSpan(y * stride, stride);
            var previous = y > 0 ? result.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter {filter}."),
                });
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        var count = pixels.Length / channels;
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var p = pixels.AsSpan(i * channels, channels);
            (rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2], rgba[i * 4 + 3]) = channels switch
            {
                1 => (p[0], p[0], p[0], (byte)255),
                2 => (p[0], p[0], p[0], p[1]),
                3 => (p[0], p[1], p[2], (byte)255),
                _ => (p[0], p[1], p[2], p[3]),
            };
        }
        return rgba;
    }
}
