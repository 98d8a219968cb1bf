# SPDX-License-Identifier: GPL-3.0-or-later
# Converts Markdown the way a Jekyll site does: Jekyll's own Markdown
# converter with Jekyll's defaults and the given site settings, so kramdown
# for most sites and jekyll-commonmark for `markdown: CommonMark`.
#
# stdin:  {"config": {...the site's _config.yml settings...},
#          "documents": ["markdown", ...]}
# stdout: a JSON array of HTML strings, one per document ("ERROR: ..."
#         when Jekyll fails on one)
require 'json'
require 'jekyll'

input = JSON.parse($stdin.read)
config = Jekyll::Configuration.from(input['config'] || {})
require 'jekyll-commonmark' if config['markdown'].to_s.downcase == 'commonmark'
converter = Jekyll::Converters::Markdown.new(config)
output = input['documents'].map do |document|
  html = converter.convert(document)
  # Text that is not UTF-8 (a converter that cut a character in two) is
  # given as U+FFFD, so that it can be sent as JSON and is seen to differ.
  html.valid_encoding? ? html : html.scrub("\uFFFD")
rescue StandardError => e
  "ERROR: #{e.class}: #{e.message}"
end
puts JSON.generate(output)
