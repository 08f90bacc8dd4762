using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.TeamsPackage;

/// <summary>The committed icons (drawn from appPackage/icons/*.svg by render.sh) meet Teams' rules.</summary>
public sealed class IconTests
{
    private static PngImage Icon(string name) => PngImage.Decode(File.ReadAllBytes(RepoFile("appPackage", name)));

    /// <summary>Teams' rule for the outline icon: white where drawn, transparent everywhere else.</summary>
    private static bool IsWhiteOnTransparent(PngImage image) =>
        image.HasAlpha && image.Pixels().All(p => p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255));

    [Fact]
    public void ColorIcon_Is192By192WithADrawing()
    {
        var color = Icon("color.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(color.Pixels().Distinct().Count() > 3, "the colour icon is a flat fill, not a drawing");
        Assert.False(IsWhiteOnTransparent(color));
    }

    [Fact]
    public void OutlineIcon_Is32By32WhiteOnTransparent()
    {
        var outline = Icon("outline.png");

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(IsWhiteOnTransparent(outline), "outline.png has a pixel that is neither white nor transparent");
        var pixels = outline.Pixels().ToList();
        Assert.InRange(pixels.Count(p => p.A == 255), pixels.Count / 20, pixels.Count / 2);
        Assert.InRange(pixels.Count(p => p.A == 0), pixels.Count / 3, pixels.Count);
        Assert.Equal(0, outline[0, 0].A);
    }

    [Fact]
    public void Package_CarriesTheCommittedIcons()
    {
        var package = TestPackage.Build();

        Assert.Equal(File.ReadAllBytes(RepoFile("appPackage", "color.png")), package.Files["color.png"]);
        Assert.Equal(File.ReadAllBytes(RepoFile("appPackage", "outline.png")), package.Files["outline.png"]);
    }
}
