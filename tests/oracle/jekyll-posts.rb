# SPDX-License-Identifier: GPL-3.0-or-later
# Lists the posts `jekyll build` publishes for a site, with the site's own
# settings (`future`, `timezone`, ...), and what Jekyll reads of each: its
# title, date, categories, tags and URL. Plugins and themes are left out (they
# are not installed here). Nothing is written into the site.
#
# usage:  ruby jekyll-posts.rb SITE_DIR [NOW]
#         NOW (an ISO 8601 time) stands in for the time of the build
# stdout: a JSON object, post path relative to the site =>
#         {"title", "date" (ISO 8601 with offset), "categories", "tags", "url"}
require 'json'
require 'time'
require_relative 'jekyll-read'

read_jekyll_site(File.expand_path(ARGV[0]), {}, ARGV[1] ? Time.parse(ARGV[1]) : nil) do |site|
  result = {}
  site.posts.docs.each do |document|
    result[document.relative_path] = {
      'title' => document.data['title'].to_s,
      'date' => document.date.iso8601,
      'categories' => (document.data['categories'] || []).map(&:to_s),
      'tags' => (document.data['tags'] || []).map(&:to_s),
      'url' => document.url
    }
  end
  puts JSON.generate(result)
end
