// SPDX-License-Identifier: Apache-2.0

extension StringProtocol {
    /// Returns the range of the first occurrence of `pattern`, comparing characters as `==` on
    /// `Character` does, or `nil` when there is none.
    ///
    /// It replaces the standard library's `firstRange(of:)` in the modules TokenFunction links. That
    /// one lives in `_StringProcessing`, whose regex parser and Unicode name tables added 1.4 MB to
    /// the stripped release binary.
    package func firstRange(ofText pattern: some StringProtocol) -> Range<Index>? {
        guard !pattern.isEmpty else { return startIndex..<startIndex }
        var start = startIndex
        while start < endIndex {
            var index = start
            var patternIndex = pattern.startIndex
            while index < endIndex, patternIndex < pattern.endIndex, self[index] == pattern[patternIndex] {
                formIndex(after: &index)
                pattern.formIndex(after: &patternIndex)
            }
            if patternIndex == pattern.endIndex { return start..<index }
            formIndex(after: &start)
        }
        return nil
    }
}
