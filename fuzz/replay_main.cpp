// SPDX-License-Identifier: MIT
//
// The regression test for a fuzz target in the normal build: feeds every file of the given
// directories to LLVMFuzzerTestOneInput once, in name order, and says how many it ran. A target's
// property checks abort on a violation, which fails the test.
//
// Usage: fuzz_<name> DIR... [--optional DIR...]
// Each DIR must exist and hold at least one file; a directory after --optional may be missing
// (fuzz/regressions/<name> exists only once something was found), but not empty.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<char> readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    bool optional = false;
    int total = 0;
    int dirs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--optional") {
            optional = true;
            continue;
        }
        const fs::path dir(arg);
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            if (optional) {
                std::printf("%s: absent (optional)\n", arg.c_str());
                continue;
            }
            std::fprintf(stderr, "%s: no such directory\n", arg.c_str());
            return 1;
        }
        std::vector<fs::path> files;
        for (const fs::directory_entry &entry : fs::directory_iterator(dir)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        if (files.empty()) {
            std::fprintf(stderr, "%s: no inputs in the directory\n", arg.c_str());
            return 1;
        }
        std::sort(files.begin(), files.end());
        for (const fs::path &file : files) {
            const std::vector<char> bytes = readFile(file);
            // An empty file still needs a valid pointer, as libFuzzer passes one.
            static const uint8_t empty = 0;
            LLVMFuzzerTestOneInput(bytes.empty() ? &empty : reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
        }
        std::printf("%s: %zu inputs\n", arg.c_str(), files.size());
        total += int(files.size());
        ++dirs;
    }
    if (dirs == 0) {
        std::fprintf(stderr, "usage: %s DIR... [--optional DIR...]\n", argv[0]);
        return 1;
    }
    std::printf("ran %d inputs from %d directories, no property violated\n", total, dirs);
    return 0;
}
