namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>Files of the repository the tests run from (found by walking up to DexApi.sln).</summary>
public static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DexApi.sln")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }

        throw new InvalidOperationException($"DexApi.sln not found above {AppContext.BaseDirectory}");
    }
}
