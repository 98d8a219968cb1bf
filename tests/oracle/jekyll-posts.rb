# SPDX-License-Identifier: GPL-3.0-or-later
# Lists the posts `jekyll build` publishes for a site, with the site's own
# settings (`future`, `timezone`, ...), and what Jekyll reads of each: its
# title, date, categories and tags. Plugins and themes are left out (they
# are not installed here). Nothing is written into the site.
#
# usage:  ruby jekyll-posts.rb SITE_DIR [NOW]
#         NOW (an ISO 8601 time) stands in for the time of the build
# stdout: a JSON object, post path relative to the site =>
#         {"title", "date" (ISO 8601 with offset), "categories", "tags"}
require 'json'
require 'jekyll'
require 'time'
require 'tmpdir'

Jekyll.logger.log_level = :error
source = File.expand_path(ARGV[0])
Dir.mktmpdir do |destination|
  file = File.join(source, '_config.yml')
  settings = File.exist?(file) ? (Jekyll::Utils.safe_load_yaml(File.read(file)) || {}) : {}
  settings = settings.merge(
    'source' => source, 'destination' => destination, 'quiet' => true,
    'plugins' => [], 'gems' => [], 'whitelist' => [], 'theme' => nil,
    'disable_disk_cache' => true
  )
  config = Jekyll::Configuration.from(settings)
  # As `jekyll build` does (Jekyll.configuration): dates are read in it.
  Jekyll.set_timezone(config['timezone']) if config['timezone']
  site = Jekyll::Site.new(config)
  site.reset
  site.time = Time.parse(ARGV[1]) if ARGV[1]
  site.read
  result = {}
  site.posts.docs.each do |document|
    result[document.relative_path] = {
      'title' => document.data['title'].to_s,
      'date' => document.date.iso8601,
      'categories' => (document.data['categories'] || []).map(&:to_s),
      'tags' => (document.data['tags'] || []).map(&:to_s)
    }
  end
  puts JSON.generate(result)
end
