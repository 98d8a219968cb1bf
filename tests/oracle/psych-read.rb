# SPDX-License-Identifier: GPL-3.0-or-later
# Reads front matter the way Jekyll does (Jekyll::Utils.safe_load_yaml on
# the block that Jekyll's front-matter pattern captures, opening `---` line
# included) and says what it read.
#
# stdin:  a JSON array of front-matter blocks, each "---\n...\n" without the
#         closing line
# stdout: a JSON array, one object per block:
#         {"keys": [...], "values": {...}, "error": null or the message,
#          "partial": true when Psych stopped after the first document and
#          the rest of the block would not have parsed as more of it}
require 'json'
require 'yaml'
require 'date'

def plain(value)
  case value
  when Hash then value.to_h { |k, v| [k.to_s, plain(v)] }
  when Array then value.map { |v| plain(v) }
  when Date, Time, Symbol then value.to_s
  else value
  end
end

results = JSON.parse($stdin.read).map do |block|
  begin
    data = Psych.safe_load(block, permitted_classes: [Date, Symbol, Time], aliases: true)
    partial = begin
      Psych.parse_stream(block).children.size > 1
    rescue Psych::SyntaxError
      true
    end
    hash = data.is_a?(Hash) ? data : {}
    { 'keys' => hash.keys.map(&:to_s), 'values' => plain(hash), 'error' => nil, 'partial' => partial }
  rescue Psych::SyntaxError, Psych::DisallowedClass, Psych::BadAlias => e
    { 'keys' => [], 'values' => {}, 'error' => e.message, 'partial' => false }
  end
end
puts JSON.generate(results)
